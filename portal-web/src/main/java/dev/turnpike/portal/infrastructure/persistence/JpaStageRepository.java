package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.deployment.Stage;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Tenant-scoped access to {@link Stage} rows. */
@ApplicationScoped
public class JpaStageRepository extends TenantScopedRepository<Stage> {
  public JpaStageRepository() {
    super(Stage.class);
  }

  public List<Stage> ofApi(TenantId tenant, String apiId) {
    return where(tenant, "apiId", apiId);
  }

  public Optional<Stage> named(TenantId tenant, String apiId, String name) {
    return ofApi(tenant, apiId).stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
