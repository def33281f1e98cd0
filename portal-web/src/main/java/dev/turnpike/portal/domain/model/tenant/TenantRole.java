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

  /** The less powerful of two roles: a token's role capped by its creator's current one. */
  public static TenantRole lower(TenantRole a, TenantRole b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
