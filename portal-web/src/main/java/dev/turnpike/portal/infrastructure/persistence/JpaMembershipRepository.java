package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.tenant.Membership;
import jakarta.enterprise.context.ApplicationScoped;

/** Tenant-scoped access to {@link Membership} rows. */
@ApplicationScoped
public class JpaMembershipRepository extends TenantScopedRepository<Membership> {
  public JpaMembershipRepository() {
    super(Membership.class);
  }
}
