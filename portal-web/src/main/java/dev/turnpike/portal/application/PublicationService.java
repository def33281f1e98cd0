package dev.turnpike.portal.application;

import dev.turnpike.portal.domain.model.plan.Plan;
import dev.turnpike.portal.domain.model.publication.Publication;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.persistence.JpaPublicationRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaStageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Showing an API stage in the tenant's developer portal, or taking it out again. */
@ApplicationScoped
@Transactional
public class PublicationService {
  /** Markdown documentation above this size belongs in the API's own docs, not the catalog. */
  static final int MAX_DOCUMENTATION_CHARS = 200_000;

  @Inject TenantAccess access;
  @Inject JpaStageRepository stages;
  @Inject JpaPublicationRepository publications;

  /**
   * Publishes (or re-describes) a deployed stage; publishing does not change what is served. {@code
   * tags} null keeps the publication's tags (none for a new one), an empty list clears them.
   */
  public PublicationView publish(
      Caller caller,
      String tenantId,
      String apiId,
      String stageName,
      String description,
      String documentation,
      List<String> tags) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    stages
        .named(tenant, apiId, stageName)
        .orElseThrow(() -> PortalException.notFound("Stage", apiId + "/" + stageName));
    String text = Inputs.name("description", description, 1000);
    if (documentation != null && documentation.length() > MAX_DOCUMENTATION_CHARS) {
      throw PortalException.badInput(
          "documentation", "it is " + documentation.length() + " characters; the limit is 200000.");
    }
    List<String> checkedTags = tags == null ? null : Tags.check(tags);
    Publication publication =
        publications
            .of(tenant, apiId, stageName)
            .orElseGet(
                () -> {
                  Publication fresh = new Publication(tenant, apiId, stageName);
                  fresh.describe(text, documentation);
                  publications.add(tenant, fresh);
                  return fresh;
                });
    publication.describe(text, documentation);
    if (checkedTags != null) {
      publication.tag(checkedTags);
    }
    return view(publication);
  }

  public void unpublish(Caller caller, String tenantId, String apiId, String stageName) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    Publication publication =
        publications
            .of(tenant, apiId, stageName)
            .orElseThrow(
                () -> PortalException.notFound("Publication of stage", apiId + "/" + stageName));
    publications.remove(tenant, publication);
  }

  public PublicationView get(Caller caller, String tenantId, String apiId, String stageName) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    return publications
        .of(tenant, apiId, stageName)
        .map(PublicationService::view)
        .orElseThrow(
            () -> PortalException.notFound("Publication of stage", apiId + "/" + stageName));
  }

  /** The stage's publication, or empty when it is not published. */
  public java.util.Optional<PublicationView> find(
      Caller caller, String tenantId, String apiId, String stageName) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    return publications.of(tenant, apiId, stageName).map(PublicationService::view);
  }

  /** True when the plan covers at least one published stage: only then may anyone subscribe. */
  boolean coversPublishedStage(TenantId tenant, Plan plan) {
    return plan.stages().stream()
        .anyMatch(s -> publications.of(tenant, s.apiId(), s.stage()).isPresent());
  }

  static PublicationView view(Publication p) {
    return new PublicationView(
        p.apiId(), p.stage(), p.description(), p.documentation(), p.tags(), p.updatedAt());
  }
}
