package dev.turnpike.portal.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.SnapshotCodec;
import dev.turnpike.gateway.openapi.ImportProblem;
import dev.turnpike.gateway.openapi.ImportResult;
import dev.turnpike.gateway.openapi.OpenApiImporter;
import dev.turnpike.portal.application.PortalException.Detail;
import dev.turnpike.portal.application.Views.ApiView;
import dev.turnpike.portal.application.Views.StageView;
import dev.turnpike.portal.domain.model.api.Api;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.persistence.JpaApiRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaStageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Importing APIs from OpenAPI documents and reading them back. */
@ApplicationScoped
@Transactional
public class ApiService {
  /** Larger documents are refused before parsing; real-world specs are far smaller. */
  static final int MAX_DOCUMENT_CHARS = 5 * 1024 * 1024;

  private final ObjectMapper json = new SnapshotCodec().mapper();

  @Inject TenantAccess access;
  @Inject JpaApiRepository apis;
  @Inject JpaStageRepository stages;
  @Inject PortalSettings settings;
  @Inject DeploymentService deployments;
  @Inject Preconditions preconditions;

  /**
   * Imports a document as a new API. The whole document is refused, and nothing is stored, when any
   * part of it is broken.
   */
  public ApiView importApi(Caller caller, String tenantId, String document) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    ImportResult result = parse(document);
    ApiDefinition definition = result.definition();
    String name = Inputs.name("info.title", definition.name(), 120);
    if (apis.list(tenant).stream().anyMatch(a -> a.name().equals(name))) {
      throw new PortalException(
          PortalException.Kind.CONFLICT,
          "An API named '" + name + "' already exists in this tenant; rename info.title.",
          List.of(new Detail("/info/title", "already in use")));
    }
    Api api = new Api(tenant, name, definition.version());
    api.replaceDraft(document, toJson(definition), definition.methods().size());
    apis.add(tenant, api);
    apis.flush();
    return view(tenant, api, definition, details(result.warnings()));
  }

  /**
   * Replaces an API's draft with a new version of its document (same API, same stages). What the
   * stages serve changes only on the next deployment; a broken document changes nothing.
   */
  public ApiView replaceDraft(Caller caller, String tenantId, String apiId, String document) {
    return replaceDraft(caller, tenantId, apiId, document, null);
  }

  /**
   * As {@link #replaceDraft(Caller, String, String, String)}, refused with 412 when the draft is no
   * longer the one previewed ({@code previewedVersion}, null: not checked) or the one the request's
   * If-Match names: someone changed it in between, and the preview no longer says what the import
   * would do.
   */
  public ApiView replaceDraft(
      Caller caller, String tenantId, String apiId, String document, Long previewedVersion) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    Api api = apis.find(tenant, apiId).orElseThrow(() -> PortalException.notFound("API", apiId));
    preconditions.check(api, "API " + api.name());
    if (previewedVersion != null && previewedVersion != api.version()) {
      throw new PortalException(
          PortalException.Kind.PRECONDITION_FAILED,
          "API "
              + api.name()
              + " has changed since you previewed this import; preview it again before importing.");
    }
    ImportResult result = parse(document);
    ApiDefinition definition = result.definition();
    api.replaceDraft(document, toJson(definition), definition.methods().size());
    apis.flush();
    return view(tenant, api, definition, details(result.warnings()));
  }

  public List<ApiView> list(Caller caller, String tenantId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    return apis.list(tenant).stream()
        .map(api -> view(tenant, api, definitionOf(api), List.of()))
        .toList();
  }

  public ApiView get(Caller caller, String tenantId, String apiId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    Api api = apis.find(tenant, apiId).orElseThrow(() -> PortalException.notFound("API", apiId));
    return view(tenant, api, definitionOf(api), List.of());
  }

  /** The API's current draft definition, for a person allowed to change (and so to try) it. */
  public ApiDefinition draft(Caller caller, String tenantId, String apiId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    Api api = apis.find(tenant, apiId).orElseThrow(() -> PortalException.notFound("API", apiId));
    return definitionOf(api);
  }

  private ImportResult parse(String document) {
    if (document == null || document.isBlank()) {
      throw PortalException.badInput(
          "document", "it is empty; send an OpenAPI 3 or Swagger 2 document in YAML or JSON.");
    }
    if (document.length() > MAX_DOCUMENT_CHARS) {
      throw PortalException.badInput(
          "document", "it is over " + MAX_DOCUMENT_CHARS / (1024 * 1024) + " MB; split the API.");
    }
    ImportResult result = new OpenApiImporter().importDocument(document);
    if (!result.errors().isEmpty() || result.definition() == null) {
      throw new PortalException(
          PortalException.Kind.UNPROCESSABLE,
          "The OpenAPI document has "
              + result.errors().size()
              + " error(s); nothing was imported. Fix them and import again.",
          details(result.errors()));
    }
    return result;
  }

  private ApiView view(TenantId tenant, Api api, ApiDefinition definition, List<Detail> warnings) {
    List<String> methods =
        definition.methods().stream().map(ApiService::describe).sorted().toList();
    List<StageView> stageViews =
        stages.ofApi(tenant, api.id()).stream().map(deployments::stageView).toList();
    return new ApiView(
        api.id(),
        api.name(),
        api.apiVersion(),
        api.methodCount(),
        methods,
        stageViews,
        warnings,
        api.version());
  }

  private static String describe(MethodDefinition method) {
    return method.httpMethod() + " " + method.resourcePath();
  }

  private static List<Detail> details(List<ImportProblem> problems) {
    return problems.stream().map(p -> new Detail(p.pointer(), p.message())).toList();
  }

  ApiDefinition definitionOf(Api api) {
    try {
      return json.readValue(api.definitionJson(), ApiDefinition.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored definition of API " + api.id() + " is unreadable", e);
    }
  }

  String toJson(ApiDefinition definition) {
    try {
      return json.writeValueAsString(definition);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("API definition could not be written as JSON", e);
    }
  }
}
