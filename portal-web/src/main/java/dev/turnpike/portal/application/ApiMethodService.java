package dev.turnpike.portal.application;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.openapi.ExportFlavour;
import dev.turnpike.gateway.openapi.ExportFormat;
import dev.turnpike.gateway.openapi.ExportOptions;
import dev.turnpike.gateway.openapi.OpenApiExporter;
import dev.turnpike.gateway.route.RouteTable;
import dev.turnpike.gateway.state.BackendTarget;
import dev.turnpike.portal.application.PortalException.Detail;
import dev.turnpike.portal.application.PortalException.Kind;
import dev.turnpike.portal.application.Views.ApiView;
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
import java.util.Set;

/**
 * Builds an API by hand, without a document: an empty API, then methods added, changed and deleted
 * one at a time. Each change is checked as the importer checks a document (path syntax, route
 * clashes, integration URIs) and stores the definition together with its OpenAPI source,
 * regenerated from the definition with the old source laid over it, so export and re-import keep
 * working.
 */
@ApplicationScoped
@Transactional
public class ApiMethodService {
  /** One method as a person enters it; the integration's templates are edited separately. */
  public record MethodInput(
      String httpMethod,
      String resourcePath,
      Boolean apiKeyRequired,
      IntegrationInput integration) {}

  /** The integration of a method entered by hand. */
  public record IntegrationInput(
      String type, String uri, String httpMethod, Integer timeoutMillis) {}

  /** A new API with no methods yet. */
  public record NewApi(String name, String version) {}

  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");
  private static final int MAX_TIMEOUT_MILLIS = 29_000;

  @Inject TenantAccess access;
  @Inject JpaApiRepository apis;
  @Inject ApiService apiService;
  @Inject DraftEditor drafts;

  /** Creates an API with no methods; its source is an OpenAPI 3 document with empty paths. */
  public ApiView createBlank(Caller caller, String tenantId, NewApi input) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    if (input == null) {
      throw PortalException.badInput("name", "send {\"name\": ..., \"version\": ...}.");
    }
    String name = Inputs.name("name", input.name(), 120);
    String version =
        input.version() == null || input.version().isBlank()
            ? "1.0.0"
            : Inputs.name("version", input.version(), 40);
    if (apis.list(tenant).stream().anyMatch(a -> a.name().equals(name))) {
      throw new PortalException(
          Kind.CONFLICT,
          "An API named '" + name + "' already exists in this tenant; choose another name.",
          List.of(new Detail("name", "already in use")));
    }
    ApiDefinition definition = new ApiDefinition(name, version, List.of(), null, null, null);
    String source =
        new OpenApiExporter()
            .export(definition, ExportOptions.of(ExportFlavour.TURNPIKE, ExportFormat.YAML));
    Api api = new Api(tenant, name, version);
    api.replaceDraft(source, apiService.toJson(definition), 0);
    apis.add(tenant, api);
    apis.flush();
    return apiService.get(caller, tenantId, api.id());
  }

  /** Adds a method; one already at that method and path is a conflict. (POST: no If-Match.) */
  public ApiView add(Caller caller, String tenantId, String apiId, MethodInput input) {
    Api api = drafts.writable(caller, tenantId, apiId);
    ApiDefinition draft = apiService.definitionOf(api);
    MethodDefinition method = method(input, null);
    if (indexOf(draft, method.httpMethod(), method.resourcePath()) >= 0) {
      throw new PortalException(
          Kind.CONFLICT,
          method.methodKey() + " already exists in this API; change it instead.",
          List.of(new Detail("resourcePath", "already has a " + method.httpMethod() + " method")));
    }
    List<MethodDefinition> methods = new ArrayList<>(draft.methods());
    methods.add(method);
    return store(caller, tenantId, api, draft, methods);
  }

  /**
   * Changes the method named by httpMethod and resourcePath: its key requirement and integration.
   * Templates and integration responses the method had are kept while the integration type stays.
   */
  public ApiView update(Caller caller, String tenantId, String apiId, MethodInput input) {
    Api api = drafts.writable(caller, tenantId, apiId);
    ApiDefinition draft = apiService.definitionOf(api);
    int index = indexOf(draft, upper(named(input).httpMethod()), input.resourcePath());
    if (index < 0) {
      throw PortalException.notFound(
          "Method", upper(input.httpMethod()) + " " + input.resourcePath());
    }
    List<MethodDefinition> methods = new ArrayList<>(draft.methods());
    methods.set(index, method(input, methods.get(index)));
    return store(caller, tenantId, api, draft, methods);
  }

  /** Deletes the method named by httpMethod and resourcePath. */
  public ApiView delete(
      Caller caller, String tenantId, String apiId, String httpMethod, String resourcePath) {
    Api api = drafts.writable(caller, tenantId, apiId);
    ApiDefinition draft = apiService.definitionOf(api);
    named(new MethodInput(httpMethod, resourcePath, null, null));
    int index = indexOf(draft, upper(httpMethod), resourcePath);
    if (index < 0) {
      throw PortalException.notFound("Method", upper(httpMethod) + " " + resourcePath);
    }
    List<MethodDefinition> methods = new ArrayList<>(draft.methods());
    methods.remove(index);
    return store(caller, tenantId, api, draft, methods);
  }

  private ApiView store(
      Caller caller, String tenantId, Api api, ApiDefinition draft, List<MethodDefinition> list) {
    checkRoutes(list);
    ApiDefinition updated = draft.withMethods(list);
    api.replaceDraft(
        MappingTemplateService.regenerate(api, updated), apiService.toJson(updated), list.size());
    apis.flush();
    return apiService.get(caller, tenantId, api.id());
  }

  /** The gateway's own route table refuses malformed paths and clashing parameter names. */
  private static void checkRoutes(List<MethodDefinition> methods) {
    RouteTable.Builder<MethodDefinition> routes = RouteTable.builder();
    try {
      for (MethodDefinition m : methods) {
        routes.add(m.httpMethod(), m.resourcePath(), m);
      }
      routes.build();
    } catch (IllegalArgumentException e) {
      throw PortalException.badInput("resourcePath", e.getMessage());
    }
  }

  private static MethodDefinition method(MethodInput input, MethodDefinition current) {
    MethodInput named = named(input);
    String httpMethod = upper(named.httpMethod());
    if (!METHODS.contains(httpMethod)) {
      throw PortalException.badInput(
          "httpMethod", "'" + named.httpMethod() + "' is not one of " + METHODS + ".");
    }
    String path = named.resourcePath().trim();
    if (!path.startsWith("/") || path.contains("//") || (path.length() > 1 && path.endsWith("/"))) {
      throw PortalException.badInput(
          "resourcePath",
          "'" + path + "' must start with '/', such as /pets/{id}, with no empty segment.");
    }
    Integration integration = integration(named.integration(), current);
    boolean keyRequired = Boolean.TRUE.equals(named.apiKeyRequired());
    String operation = current == null ? null : current.operationName();
    return new MethodDefinition(
        httpMethod,
        path,
        keyRequired,
        operation,
        integration,
        current == null ? null : current.requestValidation());
  }

  private static Integration integration(IntegrationInput input, MethodDefinition current) {
    if (input == null || input.type() == null || input.type().isBlank()) {
      throw PortalException.badInput(
          "integration.type", "choose MOCK, HTTP, HTTP_PROXY or FUNCTION.");
    }
    IntegrationType type;
    try {
      type = IntegrationType.valueOf(input.type().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw PortalException.badInput(
          "integration.type", "'" + input.type() + "' is not MOCK, HTTP, HTTP_PROXY or FUNCTION.");
    }
    int timeout = input.timeoutMillis() == null ? 0 : input.timeoutMillis();
    if (timeout != 0 && (timeout < 50 || timeout > MAX_TIMEOUT_MILLIS)) {
      throw PortalException.badInput(
          "integration.timeoutMillis",
          timeout + " is outside 50 to " + MAX_TIMEOUT_MILLIS + " milliseconds.");
    }
    if (type == IntegrationType.MOCK) {
      return kept(current, type, null, null, timeout, Integration.mock("{}"));
    }
    String uri = input.uri() == null ? "" : input.uri().trim();
    if (!BackendTarget.usesStageVariables(uri) && !uri.matches("(?i)https?://[^\\s/]+.*")) {
      throw PortalException.badInput(
          "integration.uri",
          "a "
              + type.name().toLowerCase(Locale.ROOT)
              + " integration needs an absolute http(s) uri such as"
              + " https://backend.example.com/pets/{id}, or one built from"
              + " ${stageVariables.name}.");
    }
    return switch (type) {
      case HTTP_PROXY -> Integration.httpProxy(uri, timeout);
      case FUNCTION -> Integration.function(uri, timeout);
      default -> kept(current, type, uri, backendMethod(input.httpMethod()), timeout, null);
    };
  }

  /**
   * A MOCK or HTTP integration keeps the templates and responses it had when its type does not
   * change, so saving the form does not undo the template editor's work.
   */
  private static Integration kept(
      MethodDefinition current,
      IntegrationType type,
      String uri,
      String httpMethod,
      int timeout,
      Integration fresh) {
    Integration old = current == null ? null : current.integration();
    if (old != null && old.type() == type) {
      return new Integration(
          type,
          uri,
          httpMethod,
          old.requestTemplates(),
          old.responses(),
          timeout,
          old.passthroughBehavior(),
          old.requestParameters(),
          old.contentHandling());
    }
    if (fresh != null) {
      return new Integration(
          type, null, null, fresh.requestTemplates(), fresh.responses(), timeout);
    }
    return new Integration(type, uri, httpMethod, null, null, timeout);
  }

  private static String backendMethod(String given) {
    String method = given == null || given.isBlank() ? "GET" : upper(given);
    if (!METHODS.contains(method) || method.equals("ANY")) {
      throw PortalException.badInput(
          "integration.httpMethod", "'" + given + "' is not an HTTP method such as GET or POST.");
    }
    return method;
  }

  private static MethodInput named(MethodInput input) {
    if (input == null || input.httpMethod() == null || input.httpMethod().isBlank()) {
      throw PortalException.badInput("httpMethod", "name the method, such as GET or ANY.");
    }
    if (input.resourcePath() == null || input.resourcePath().isBlank()) {
      throw PortalException.badInput("resourcePath", "name the path, such as /pets/{id}.");
    }
    return input;
  }

  private static int indexOf(ApiDefinition draft, String httpMethod, String resourcePath) {
    String path = resourcePath == null ? "" : resourcePath.trim();
    List<MethodDefinition> methods = draft.methods();
    for (int i = 0; i < methods.size(); i++) {
      if (methods.get(i).httpMethod().equals(httpMethod)
          && methods.get(i).resourcePath().equals(path)) {
        return i;
      }
    }
    return -1;
  }

  private static String upper(String value) {
    return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
  }
}
