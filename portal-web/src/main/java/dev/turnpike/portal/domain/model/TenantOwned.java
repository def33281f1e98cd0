package dev.turnpike.portal.domain.model;

/** A row that belongs to one tenant; the repositories refuse to hand it to any other tenant. */
public interface TenantOwned {
  String tenantId();
}
