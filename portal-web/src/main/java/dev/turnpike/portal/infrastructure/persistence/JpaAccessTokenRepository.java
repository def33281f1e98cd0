package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.access.AccessToken;
import jakarta.enterprise.context.ApplicationScoped;

/** Tenant-scoped access to {@link AccessToken} rows. */
@ApplicationScoped
public class JpaAccessTokenRepository extends TenantScopedRepository<AccessToken> {
  public JpaAccessTokenRepository() {
    super(AccessToken.class);
  }
}
