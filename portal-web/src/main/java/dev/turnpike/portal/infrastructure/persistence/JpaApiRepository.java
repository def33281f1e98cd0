package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.api.Api;
import jakarta.enterprise.context.ApplicationScoped;

/** Tenant-scoped access to {@link Api} rows. */
@ApplicationScoped
public class JpaApiRepository extends TenantScopedRepository<Api> {
  public JpaApiRepository() {
    super(Api.class);
  }

  /** Writes pending changes now, so the version a response reports is the committed one. */
  public void flush() {
    em.flush();
  }
}
