package dev.turnpike.portal.application;

import dev.turnpike.gateway.openapi.ExportFlavour;
import dev.turnpike.gateway.openapi.ExportFormat;
import dev.turnpike.gateway.openapi.ExportOptions;
import dev.turnpike.gateway.openapi.OpenApiExporter;
import dev.turnpike.portal.domain.model.api.Api;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.persistence.JpaApiRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaStageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Exports an API's draft as an OpenAPI 3.0 document, in our extensions or Amazon's. The draft's
 * definition says what the gateway does; the document it was imported from supplies the
 * documentation (descriptions, all parameters, schemas). A stage, when named, becomes the server.
 */
@ApplicationScoped
@Transactional
public class ApiExportService {

  /** The document, the media type it is served as and a file name for downloads. */
  public record Exported(String document, String mediaType, String fileName) {}

  @Inject TenantAccess access;
  @Inject JpaApiRepository apis;
  @Inject JpaStageRepository stages;
  @Inject PortalSettings settings;
  @Inject ApiService apiService;

  /** {@code flavour} (default turnpike), {@code format} (default json), {@code stage} optional. */
  public Exported export(
      Caller caller, String tenantId, String apiId, String flavour, String format, String stage) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    ExportFlavour chosenFlavour = flavour(flavour);
    ExportFormat chosenFormat = format(format);
    Api api = apis.find(tenant, apiId).orElseThrow(() -> PortalException.notFound("API", apiId));
    String serverUrl = null;
    if (stage != null && !stage.isBlank()) {
      stages
          .named(tenant, apiId, stage)
          .orElseThrow(() -> PortalException.notFound("Stage", stage));
      serverUrl = settings.invokeUrl(apiId, stage);
    }
    String document =
        new OpenApiExporter()
            .export(
                apiService.definitionOf(api),
                ExportOptions.of(chosenFlavour, chosenFormat)
                    .withServerUrl(serverUrl)
                    .withSource(api.openApiSource()));
    String fileName =
        api.name().replaceAll("[^A-Za-z0-9._-]+", "-")
            + "-"
            + chosenFlavour.id()
            + "."
            + chosenFormat.name().toLowerCase(java.util.Locale.ROOT);
    return new Exported(document, chosenFormat.mediaType(), fileName);
  }

  private static ExportFlavour flavour(String name) {
    try {
      return name == null ? ExportFlavour.TURNPIKE : ExportFlavour.named(name);
    } catch (IllegalArgumentException e) {
      throw PortalException.badInput("flavour", e.getMessage() + ".");
    }
  }

  private static ExportFormat format(String name) {
    try {
      return name == null ? ExportFormat.JSON : ExportFormat.named(name);
    } catch (IllegalArgumentException e) {
      throw PortalException.badInput("format", e.getMessage() + ".");
    }
  }
}
