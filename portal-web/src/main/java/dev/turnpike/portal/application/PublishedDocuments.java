package dev.turnpike.portal.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.SnapshotCodec;
import dev.turnpike.gateway.openapi.ExportFlavour;
import dev.turnpike.gateway.openapi.ExportFormat;
import dev.turnpike.gateway.openapi.ExportOptions;
import dev.turnpike.gateway.openapi.OpenApiExporter;
import dev.turnpike.portal.domain.model.api.Api;
import dev.turnpike.portal.domain.model.deployment.Deployment;
import dev.turnpike.portal.domain.model.tenant.Tenant;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.persistence.JpaApiRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaDeploymentRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaPublicationRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaStageRepository;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The OpenAPI document of a published API stage, for anyone: what the stage's current deployment
 * serves (not the draft), with the stage's invoke URL as the server. An unpublished stage is "not
 * found", exactly like one that does not exist, so the portal leaks nothing about it.
 */
@ApplicationScoped
@Transactional
public class PublishedDocuments {

  /** The document and the deployment it was exported from (the cache key of what derives). */
  public record Published(String deploymentId, String apiName, String document) {}

  @Inject PlatformQueries platform;
  @Inject JpaPublicationRepository publications;
  @Inject JpaApiRepository apis;
  @Inject JpaStageRepository stages;
  @Inject JpaDeploymentRepository deployments;
  @Inject PortalSettings settings;

  public Published of(String slug, String apiId, String stage) {
    Tenant tenant =
        platform
            .tenantBySlug(slug == null ? "" : slug.trim())
            .orElseThrow(() -> PortalException.notFound("Developer portal", slug));
    TenantId id = tenant.tenant();
    String what = apiId + "/" + stage;
    publications
        .of(id, apiId, stage)
        .orElseThrow(() -> PortalException.notFound("Published API", what));
    Api api = apis.find(id, apiId).orElseThrow(() -> PortalException.notFound("API", what));
    Deployment served =
        stages
            .named(id, apiId, stage)
            .flatMap(s -> deployments.find(id, s.deploymentId()))
            .orElseThrow(() -> PortalException.notFound("Published API", what));
    String document =
        new OpenApiExporter()
            .export(
                definition(served),
                ExportOptions.of(ExportFlavour.TURNPIKE, ExportFormat.JSON)
                    .withServerUrl(settings.invokeUrl(apiId, stage))
                    .withSource(served.openApiSource()));
    return new Published(served.id(), api.name(), document);
  }

  private static ApiDefinition definition(Deployment deployment) {
    try {
      return new SnapshotCodec()
          .mapper()
          .readValue(deployment.definitionJson(), ApiDefinition.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Stored definition of deployment " + deployment.id() + " is unreadable", e);
    }
  }
}
