package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.deployment.Deployment;
import jakarta.enterprise.context.ApplicationScoped;

/** Tenant-scoped access to {@link Deployment} rows. */
@ApplicationScoped
public class JpaDeploymentRepository extends TenantScopedRepository<Deployment> {
  public JpaDeploymentRepository() {
    super(Deployment.class);
  }
}
