package dev.turnpike.portal.domain.model.tenant;

/** The identifier of a tenant (an account); the first parameter of every tenant-scoped lookup. */
public record TenantId(String value) {
  public TenantId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Tenant id is required.");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
