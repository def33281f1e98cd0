package dev.turnpike.portal.application;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationResponse;
import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.openapi.ExportFlavour;
import dev.turnpike.gateway.openapi.ExportFormat;
import dev.turnpike.gateway.openapi.ExportOptions;
import dev.turnpike.gateway.openapi.OpenApiExporter;
import dev.turnpike.gateway.transform.TemplateEngine;
import dev.turnpike.portal.application.PortalException.Detail;
import dev.turnpike.portal.application.PortalException.Kind;
import dev.turnpike.portal.domain.model.api.Api;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.persistence.JpaApiRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and changes the mapping templates of one method of an API's draft. Every template is
 * compiled by the gateway's own {@link TemplateEngine} first, so a template the gateway would
 * refuse is refused here with its line, and nothing is stored. The definition and the OpenAPI
 * source are changed together: the source is regenerated from the new definition with the old
 * source laid over it, in the source's own format and flavour.
 */
@ApplicationScoped
@Transactional
public class MappingTemplateService {
  /**
   * One method's templates: request templates by content type, and response templates by the
   * integration response's status code ({@code "200"}) and then content type.
   */
  public record MethodTemplates(
      String httpMethod,
      String resourcePath,
      String integrationType,
      Map<String, String> requestTemplates,
      Map<String, Map<String, String>> responseTemplates) {}

  private final TemplateEngine engine = new TemplateEngine();

  @Inject TenantAccess access;
  @Inject JpaApiRepository apis;
  @Inject ApiService apiService;

  /** Every method of the draft with its templates (viewers may read them). */
  public List<MethodTemplates> list(Caller caller, String tenantId, String apiId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    Api api = find(tenant, apiId);
    return apiService.definitionOf(api).methods().stream()
        .map(MappingTemplateService::templatesOf)
        .toList();
  }

  /**
   * Replaces the templates of the method named in {@code change}; content types left out are
   * removed, response status codes left out keep their templates.
   */
  public MethodTemplates update(
      Caller caller, String tenantId, String apiId, MethodTemplates change) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    if (change == null || change.httpMethod() == null || change.resourcePath() == null) {
      throw PortalException.badInput(
          "httpMethod", "name the method by httpMethod and resourcePath (GET, /pets).");
    }
    Api api = find(tenant, apiId);
    ApiDefinition draft = apiService.definitionOf(api);
    String method = change.httpMethod().trim().toUpperCase(Locale.ROOT);
    MethodDefinition target =
        draft.methods().stream()
            .filter(
                m ->
                    m.httpMethod().equals(method) && m.resourcePath().equals(change.resourcePath()))
            .findFirst()
            .orElseThrow(
                () -> PortalException.notFound("Method", method + " " + change.resourcePath()));
    MethodDefinition changed = withTemplates(target, change);
    List<MethodDefinition> methods = new ArrayList<>(draft.methods());
    methods.set(methods.indexOf(target), changed);
    ApiDefinition updated = draft.withMethods(methods);
    api.replaceDraft(regenerate(api, updated), apiService.toJson(updated), methods.size());
    return templatesOf(changed);
  }

  private MethodDefinition withTemplates(MethodDefinition method, MethodTemplates change) {
    Integration integration = method.integration();
    if (integration.type() == IntegrationType.HTTP_PROXY
        || integration.type() == IntegrationType.FUNCTION) {
      throw new PortalException(
          Kind.UNPROCESSABLE,
          method.methodKey()
              + " uses a "
              + integration.type()
              + " integration, which passes requests and responses through unchanged; mapping"
              + " templates apply to HTTP and MOCK integrations only.");
    }
    String where = method.methodKey();
    Map<String, String> request = checked(where + " request template", change.requestTemplates());
    List<IntegrationResponse> newResponses =
        responsesWith(where, integration.responses(), change.responseTemplates());
    Integration newIntegration =
        new Integration(
            integration.type(),
            integration.uri(),
            integration.httpMethod(),
            request,
            newResponses,
            integration.timeoutMillis(),
            integration.passthroughBehavior(),
            integration.requestParameters(),
            integration.contentHandling());
    return new MethodDefinition(
        method.httpMethod(),
        method.resourcePath(),
        method.apiKeyRequired(),
        method.operationName(),
        newIntegration,
        method.requestValidation());
  }

  /** The integration responses with the given templates (by status code) compiled and laid in. */
  private List<IntegrationResponse> responsesWith(
      String where, List<IntegrationResponse> current, Map<String, Map<String, String>> given) {
    Map<String, Map<String, String>> responses = given == null ? Map.of() : given;
    List<String> known = current.stream().map(r -> String.valueOf(r.statusCode())).toList();
    for (String status : responses.keySet()) {
      if (!known.contains(status)) {
        throw new PortalException(
            Kind.UNPROCESSABLE,
            where + " has no integration response with status " + status + "; it has " + known,
            List.of(new Detail("/responseTemplates/" + status, "no such integration response")));
      }
    }
    List<IntegrationResponse> result = new ArrayList<>();
    for (IntegrationResponse r : current) {
      String status = String.valueOf(r.statusCode());
      Map<String, String> templates =
          responses.containsKey(status)
              ? checked(where + " response template (" + status + ")", responses.get(status))
              : r.responseTemplates();
      result.add(
          new IntegrationResponse(
              r.selectionPattern(),
              r.statusCode(),
              templates,
              r.responseParameters(),
              r.contentHandling()));
    }
    return result;
  }

  /** Compiles every template, refusing the first that does not parse with its line. */
  private Map<String, String> checked(String what, Map<String, String> templates) {
    return TemplateChecks.checked(engine, what, "line", templates);
  }

  /** The OpenAPI source for the new definition, in the old source's format and extensions. */
  static String regenerate(Api api, ApiDefinition definition) {
    return regenerate(api.openApiSource(), definition);
  }

  /** The OpenAPI source for the definition, laid over {@code source} in its format. */
  static String regenerate(String source, ApiDefinition definition) {
    ExportFormat format =
        source.stripLeading().startsWith("{") ? ExportFormat.JSON : ExportFormat.YAML;
    ExportFlavour flavour =
        source.contains("x-amazon-apigateway-") ? ExportFlavour.AWS : ExportFlavour.TURNPIKE;
    try {
      return new OpenApiExporter()
          .export(definition, ExportOptions.of(flavour, format).withSource(source));
    } catch (IllegalArgumentException e) {
      throw new PortalException(
          Kind.UNPROCESSABLE, "The API's document could not be regenerated: " + e.getMessage());
    }
  }

  private Api find(TenantId tenant, String apiId) {
    return apis.find(tenant, apiId).orElseThrow(() -> PortalException.notFound("API", apiId));
  }

  private static MethodTemplates templatesOf(MethodDefinition method) {
    Map<String, Map<String, String>> responses = new TreeMap<>();
    for (IntegrationResponse r : method.integration().responses()) {
      responses
          .computeIfAbsent(String.valueOf(r.statusCode()), k -> new TreeMap<>())
          .putAll(r.responseTemplates());
    }
    return new MethodTemplates(
        method.httpMethod(),
        method.resourcePath(),
        method.integration().type().name(),
        new TreeMap<>(method.integration().requestTemplates()),
        responses);
  }
}
