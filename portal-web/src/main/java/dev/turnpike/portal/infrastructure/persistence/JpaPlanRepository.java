package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.plan.Plan;
import jakarta.enterprise.context.ApplicationScoped;

/** Tenant-scoped access to {@link Plan} rows. */
@ApplicationScoped
public class JpaPlanRepository extends TenantScopedRepository<Plan> {
  public JpaPlanRepository() {
    super(Plan.class);
  }
}
