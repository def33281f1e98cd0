package dev.turnpike.portal.application;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.GatewayResponse;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.portal.domain.model.api.Api;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.persistence.JpaApiRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every by-hand editor of an API's draft does the same way: finds the API in the caller's
 * tenant (VIEWER to read, PUBLISHER to change), honours {@code If-Match} against the API's version,
 * finds a method by HTTP method and path, and stores the new definition together with the OpenAPI
 * source regenerated from it (in the caller's transaction), flushed so the reported ETag is the new
 * one.
 */
@ApplicationScoped
public class DraftEditor {
  @Inject TenantAccess access;
  @Inject JpaApiRepository apis;
  @Inject ApiService apiService;
  @Inject Preconditions preconditions;

  /** The API for reading. */
  public Api readable(Caller caller, String tenantId, String apiId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    return apis.find(tenant, apiId).orElseThrow(() -> PortalException.notFound("API", apiId));
  }

  /** The API for changing; a stale If-Match is refused with 412 before anything is read. */
  public Api writable(Caller caller, String tenantId, String apiId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    Api api = apis.find(tenant, apiId).orElseThrow(() -> PortalException.notFound("API", apiId));
    preconditions.check(api, "API " + api.name());
    return api;
  }

  public ApiDefinition definition(Api api) {
    return apiService.definitionOf(api);
  }

  /** The method of the draft named by HTTP method and path: 400 when unnamed, 404 when absent. */
  public static MethodDefinition method(ApiDefinition draft, String httpMethod, String path) {
    if (httpMethod == null || httpMethod.isBlank()) {
      throw PortalException.badInput("httpMethod", "name the method, such as GET or ANY.");
    }
    if (path == null || path.isBlank()) {
      throw PortalException.badInput("resourcePath", "name the path, such as /pets/{id}.");
    }
    String verb = httpMethod.trim().toUpperCase(Locale.ROOT);
    return draft.methods().stream()
        .filter(m -> m.httpMethod().equals(verb) && m.resourcePath().equals(path.trim()))
        .findFirst()
        .orElseThrow(() -> PortalException.notFound("Method", verb + " " + path.trim()));
  }

  /** The draft with one method replaced (matched by method key). */
  public static ApiDefinition withMethod(ApiDefinition draft, MethodDefinition changed) {
    List<MethodDefinition> methods = new ArrayList<>(draft.methods());
    methods.replaceAll(m -> m.methodKey().equals(changed.methodKey()) ? changed : m);
    return new ApiDefinition(
        draft.name(),
        draft.version(),
        methods,
        draft.apiKeySource(),
        draft.gatewayResponses(),
        draft.binaryMediaTypes());
  }

  /** The draft with other gateway responses. */
  public static ApiDefinition withGatewayResponses(
      ApiDefinition draft, Map<String, GatewayResponse> responses) {
    return new ApiDefinition(
        draft.name(),
        draft.version(),
        draft.methods(),
        draft.apiKeySource(),
        responses,
        draft.binaryMediaTypes());
  }

  /**
   * Stores the definition and the source regenerated from it over {@code document} (the edited
   * source) or, when null, over the stored source.
   */
  public void save(Api api, ApiDefinition updated, ApiDocument document) {
    String source = document == null ? api.openApiSource() : document.text();
    api.replaceDraft(
        MappingTemplateService.regenerate(source, updated),
        apiService.toJson(updated),
        updated.methods().size());
    apis.flush();
  }
}
