package dev.turnpike.portal.domain.model.tenant;

/** What a member may do in a tenant, from most to least powerful. */
public enum TenantRole {
  OWNER,
  ADMIN,
  PUBLISHER,
  VIEWER;

  /** True when this role grants at least what {@code required} grants. */
  public boolean atLeast(TenantRole required) {
    return ordinal() <= required.ordinal();
  }
}
