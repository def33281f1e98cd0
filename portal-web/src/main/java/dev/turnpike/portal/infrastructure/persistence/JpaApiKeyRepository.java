package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.key.ApiKey;
import jakarta.enterprise.context.ApplicationScoped;

/** Tenant-scoped access to {@link ApiKey} rows. */
@ApplicationScoped
public class JpaApiKeyRepository extends TenantScopedRepository<ApiKey> {
  public JpaApiKeyRepository() {
    super(ApiKey.class);
  }
}
