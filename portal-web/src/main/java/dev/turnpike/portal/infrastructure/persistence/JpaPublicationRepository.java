package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.publication.Publication;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Tenant-scoped access to {@link Publication} rows. */
@ApplicationScoped
public class JpaPublicationRepository extends TenantScopedRepository<Publication> {
  public JpaPublicationRepository() {
    super(Publication.class);
  }

  public Optional<Publication> of(TenantId tenant, String apiId, String stage) {
    return where(tenant, "apiId", apiId).stream().filter(p -> p.stage().equals(stage)).findFirst();
  }

  public void remove(TenantId tenant, Publication publication) {
    if (publication.tenantId().equals(tenant.value())) {
      em.remove(publication);
    }
  }
}
