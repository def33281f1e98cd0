package dev.turnpike.portal.application;

import dev.turnpike.portal.application.CatalogView.Entry;
import dev.turnpike.portal.application.CatalogView.PlanOffer;
import dev.turnpike.portal.domain.model.api.Api;
import dev.turnpike.portal.domain.model.deployment.Deployment;
import dev.turnpike.portal.domain.model.plan.Plan;
import dev.turnpike.portal.domain.model.publication.Publication;
import dev.turnpike.portal.domain.model.tenant.Tenant;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.persistence.JpaApiRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaDeploymentRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaPlanRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaPublicationRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaStageRepository;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The developer portal's catalog of one tenant, for anyone, signed in or not. It reads only
 * publications and what they point at, so an unpublished API can never appear.
 */
@ApplicationScoped
@Transactional
public class CatalogService {
  @Inject PlatformQueries platform;
  @Inject JpaPublicationRepository publications;
  @Inject JpaApiRepository apis;
  @Inject JpaStageRepository stages;
  @Inject JpaDeploymentRepository deployments;
  @Inject JpaPlanRepository plans;
  @Inject ApiMethods methods;
  @Inject PortalSettings settings;

  /** The whole catalog, neither searched nor filtered. */
  public CatalogView catalog(String slug) {
    return catalog(slug, null, null);
  }

  /**
   * The catalog searched by {@code query} (words in name, description or tags) and filtered by
   * {@code tag}; either may be null or blank for none.
   */
  public CatalogView catalog(String slug, String query, String tag) {
    String q = CatalogSearch.query(query);
    String wanted = Tags.filter(tag);
    Tenant tenant =
        platform
            .tenantBySlug(slug == null ? "" : slug.trim())
            .orElseThrow(() -> PortalException.notFound("Developer portal", slug));
    TenantId id = tenant.tenant();
    List<Plan> tenantPlans = plans.list(id);
    List<Entry> entries =
        publications.list(id).stream()
            .map(p -> entry(id, p, tenantPlans))
            .flatMap(Optional::stream)
            .toList();
    CatalogSearch.Result found = CatalogSearch.apply(entries, q, wanted);
    return new CatalogView(
        tenant.id(),
        tenant.slug(),
        tenant.displayName(),
        Branding.brand(tenant),
        q,
        wanted,
        entries.size(),
        found.tags(),
        found.matches());
  }

  private Optional<Entry> entry(TenantId tenant, Publication p, List<Plan> tenantPlans) {
    Optional<Api> api = apis.find(tenant, p.apiId());
    Optional<Deployment> served =
        stages
            .named(tenant, p.apiId(), p.stage())
            .flatMap(stage -> deployments.find(tenant, stage.deploymentId()));
    if (api.isEmpty() || served.isEmpty()) {
      return Optional.empty();
    }
    List<PlanOffer> offers =
        tenantPlans.stream()
            .filter(plan -> plan.stage(p.apiId(), p.stage()))
            .map(CatalogService::offer)
            .toList();
    return Optional.of(
        new Entry(
            p.apiId(),
            api.get().name(),
            api.get().apiVersion(),
            p.stage(),
            p.description(),
            p.documentation(),
            p.tags(),
            settings.invokeUrl(p.apiId(), p.stage()),
            // The methods the stage serves, not the draft's, which may hold unreleased ones.
            methods.methodKeys(served.get().definitionJson(), "deployment " + served.get().id()),
            offers,
            methods.operations(served.get().definitionJson(), "deployment " + served.get().id())));
  }

  private static PlanOffer offer(Plan plan) {
    return new PlanOffer(
        plan.id(),
        plan.name(),
        plan.throttleRate(),
        plan.throttleBurst(),
        plan.quotaLimit(),
        plan.quotaPeriod() == null ? null : plan.quotaPeriod().name(),
        plan.approvalMode().name());
  }
}
