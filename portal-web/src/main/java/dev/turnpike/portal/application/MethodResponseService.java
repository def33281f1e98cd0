package dev.turnpike.portal.application;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationResponse;
import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.transform.TemplateEngine;
import dev.turnpike.portal.application.AccessViews.Tagged;
import dev.turnpike.portal.domain.model.api.Api;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The responses of one method, by hand: the method responses (status codes with their declared
 * headers and models, kept in the API's document) and the integration responses the gateway runs
 * (selection pattern, status, response parameters, templates). Checked as Amazon checks them: an
 * integration response answers with a declared method response, sets only declared headers from a
 * source the gateway knows, and its pattern and templates compile.
 */
@ApplicationScoped
@Transactional
public class MethodResponseService {
  /** A method response: status code, header names and model names by content type. */
  public record MethodResponseInput(
      String statusCode, List<String> headers, Map<String, String> models) {}

  /** An integration response; a blank selection pattern marks the default one. */
  public record IntegrationResponseInput(
      String selectionPattern,
      String statusCode,
      Map<String, String> responseParameters,
      Map<String, String> responseTemplates) {}

  /** Both lists of one method, named by httpMethod and resourcePath. */
  public record MethodResponses(
      String httpMethod,
      String resourcePath,
      String integrationType,
      List<MethodResponseInput> methodResponses,
      List<IntegrationResponseInput> integrationResponses) {}

  private static final Pattern STATUS = Pattern.compile("[1-5][0-9][0-9]");
  private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,128}");
  private static final String RESPONSE_HEADER = "method.response.header.";
  private static final Pattern SOURCE =
      Pattern.compile(
          "'[^']*'|integration\\.response\\.(header|multivalueheader)\\.[^\\s]+"
              + "|integration\\.response\\.body(\\.[^\\s]+)?|stageVariables\\.[A-Za-z0-9_]+"
              + "|context\\.[A-Za-z0-9_.]+");

  private final TemplateEngine engine = new TemplateEngine();

  @Inject DraftEditor drafts;

  public Tagged<MethodResponses> get(
      Caller caller, String tenantId, String apiId, String httpMethod, String resourcePath) {
    Api api = drafts.readable(caller, tenantId, apiId);
    MethodDefinition method = DraftEditor.method(drafts.definition(api), httpMethod, resourcePath);
    Operation op = ApiDocument.parse(api.openApiSource()).existing(method);
    return new Tagged<>(view(method, op), api.version());
  }

  public Tagged<MethodResponses> update(
      Caller caller, String tenantId, String apiId, MethodResponses input) {
    if (input == null) {
      throw PortalException.badInput("httpMethod", "send the method's responses as JSON.");
    }
    Api api = drafts.writable(caller, tenantId, apiId);
    ApiDefinition draft = drafts.definition(api);
    MethodDefinition method = DraftEditor.method(draft, input.httpMethod(), input.resourcePath());
    ApiDocument document = ApiDocument.parse(api.openApiSource());
    Map<String, Set<String>> declared = new LinkedHashMap<>();
    ApiResponses responses = methodResponses(document, input.methodResponses(), declared);
    List<IntegrationResponse> integration =
        integrationResponses(method, input.integrationResponses(), declared);
    Operation op = document.operation(method);
    op.setResponses(responses.isEmpty() ? null : responses);
    MethodDefinition changed = withResponses(method, integration);
    drafts.save(api, DraftEditor.withMethod(draft, changed), document);
    return new Tagged<>(view(changed, op), api.version());
  }

  private static ApiResponses methodResponses(
      ApiDocument document, List<MethodResponseInput> given, Map<String, Set<String>> declared) {
    ApiResponses responses = new ApiResponses();
    List<MethodResponseInput> list = given == null ? List.of() : given;
    for (int i = 0; i < list.size(); i++) {
      String field = "methodResponses[" + i + "]";
      MethodResponseInput r = list.get(i);
      String status = status(field, r == null ? null : r.statusCode());
      if (declared.containsKey(status)) {
        throw MethodRequestService.unprocessable(
            field + ".statusCode", "status " + status + " is declared twice.");
      }
      ApiResponse response = new ApiResponse().description(status + " response");
      Set<String> headers = new HashSet<>();
      for (String header : r.headers() == null ? List.<String>of() : r.headers()) {
        if (header == null || !HEADER.matcher(header.trim()).matches()) {
          throw PortalException.badInput(
              field + ".headers", "'" + header + "' is not an HTTP header name.");
        }
        headers.add(header.trim());
        response.addHeaderObject(header.trim(), new Header().schema(new StringSchema()));
      }
      if (r.models() != null && !r.models().isEmpty()) {
        response.setContent(content(document, field, r.models()));
      }
      declared.put(status, headers);
      responses.addApiResponse(status, response);
    }
    return responses;
  }

  private static Content content(ApiDocument document, String field, Map<String, String> models) {
    Content content = new Content();
    new TreeMap<>(models)
        .forEach(
            (type, model) -> {
              if (!TemplateChecks.MediaTypes.valid(type)) {
                throw PortalException.badInput(
                    field + ".models." + type, "'" + type + "' is not a media type.");
              }
              if (model == null || !document.schemas().containsKey(model)) {
                throw MethodRequestService.unprocessable(
                    field + ".models." + type,
                    "model '" + model + "' does not exist; models: " + document.schemas().keySet());
              }
              content.addMediaType(
                  type,
                  new MediaType().schema(new Schema<>().$ref(ModelSchemas.COMPONENTS + model)));
            });
    return content;
  }

  private List<IntegrationResponse> integrationResponses(
      MethodDefinition method,
      List<IntegrationResponseInput> given,
      Map<String, Set<String>> declared) {
    List<IntegrationResponseInput> list = given == null ? List.of() : given;
    IntegrationType type = method.integration().type();
    if (!list.isEmpty() && type != IntegrationType.HTTP && type != IntegrationType.MOCK) {
      throw MethodRequestService.unprocessable(
          "integrationResponses",
          method.methodKey()
              + " uses a "
              + type
              + " integration, which passes the backend's response through; integration"
              + " responses apply to HTTP and MOCK integrations.");
    }
    List<IntegrationResponse> result = new ArrayList<>();
    Set<String> patterns = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String field = "integrationResponses[" + i + "]";
      IntegrationResponseInput r = list.get(i);
      String status = status(field, r == null ? null : r.statusCode());
      if (!declared.containsKey(status)) {
        throw MethodRequestService.unprocessable(
            field + ".statusCode",
            "status " + status + " is not a method response; declare it in methodResponses.");
      }
      String pattern = pattern(field, r.selectionPattern());
      if (!patterns.add(pattern == null ? "" : pattern)) {
        throw MethodRequestService.unprocessable(
            field + ".selectionPattern",
            pattern == null
                ? "only one integration response may be the default (no pattern)."
                : "pattern '" + pattern + "' is used twice.");
      }
      Map<String, String> parameters =
          parameters(field, r.responseParameters(), declared.get(status));
      Map<String, String> templates =
          TemplateChecks.checked(
              engine,
              method.methodKey() + " response template (" + status + ")",
              field + ".responseTemplates",
              r.responseTemplates());
      result.add(
          new IntegrationResponse(
              pattern,
              Integer.parseInt(status),
              templates,
              parameters,
              contentHandling(method, pattern, status)));
    }
    return result;
  }

  /**
   * The content handling of the response this one replaces (same pattern and status): the form does
   * not edit it, so saving must not drop what an import set.
   */
  private static String contentHandling(MethodDefinition method, String pattern, String status) {
    return method.integration().responses().stream()
        .filter(r -> String.valueOf(r.statusCode()).equals(status))
        .filter(r -> java.util.Objects.equals(r.isDefault() ? null : r.selectionPattern(), pattern))
        .map(IntegrationResponse::contentHandling)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static String pattern(String field, String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    try {
      Pattern.compile(given);
      return given;
    } catch (PatternSyntaxException e) {
      throw MethodRequestService.unprocessable(
          field + ".selectionPattern",
          "'"
              + given
              + "' is not a regular expression: "
              + e.getDescription()
              + " near index "
              + e.getIndex()
              + ".");
    }
  }

  private static Map<String, String> parameters(
      String field, Map<String, String> given, Set<String> headers) {
    Map<String, String> result = new TreeMap<>();
    if (given == null) {
      return result;
    }
    for (Map.Entry<String, String> e : given.entrySet()) {
      String key = e.getKey() == null ? "" : e.getKey().trim();
      String where = field + ".responseParameters." + key;
      if (!key.startsWith(RESPONSE_HEADER)) {
        throw PortalException.badInput(
            where, "a response parameter is method.response.header.NAME.");
      }
      String header = key.substring(RESPONSE_HEADER.length());
      if (!headers.contains(header)) {
        throw MethodRequestService.unprocessable(
            where,
            "header '" + header + "' is not declared by the method response " + headers + ".");
      }
      String value = e.getValue() == null ? "" : e.getValue().trim();
      if (!SOURCE.matcher(value).matches()) {
        throw MethodRequestService.unprocessable(
            where,
            "'"
                + value
                + "' is not 'literal', integration.response.header.NAME,"
                + " integration.response.body[.path], stageVariables.NAME or context.NAME.");
      }
      result.put(key, value);
    }
    return result;
  }

  private static String status(String field, String given) {
    String status = given == null ? "" : given.trim();
    if (!STATUS.matcher(status).matches()) {
      throw PortalException.badInput(
          field + ".statusCode", "'" + given + "' is not an HTTP status code from 100 to 599.");
    }
    return status;
  }

  private static MethodDefinition withResponses(
      MethodDefinition method, List<IntegrationResponse> responses) {
    Integration i = method.integration();
    Integration changed =
        new Integration(
            i.type(),
            i.uri(),
            i.httpMethod(),
            i.requestTemplates(),
            responses,
            i.timeoutMillis(),
            i.passthroughBehavior(),
            i.requestParameters(),
            i.contentHandling());
    return new MethodDefinition(
        method.httpMethod(),
        method.resourcePath(),
        method.apiKeyRequired(),
        method.operationName(),
        changed,
        method.requestValidation());
  }

  private static MethodResponses view(MethodDefinition method, Operation op) {
    List<MethodResponseInput> declared = new ArrayList<>();
    if (op != null && op.getResponses() != null) {
      op.getResponses()
          .forEach(
              (status, r) -> {
                List<String> headers =
                    r.getHeaders() == null ? List.of() : List.copyOf(r.getHeaders().keySet());
                Map<String, String> models = new TreeMap<>();
                if (r.getContent() != null) {
                  r.getContent()
                      .forEach(
                          (type, media) -> {
                            String ref =
                                media.getSchema() == null ? null : media.getSchema().get$ref();
                            if (ref != null && ref.startsWith(ModelSchemas.COMPONENTS)) {
                              models.put(type, ref.substring(ModelSchemas.COMPONENTS.length()));
                            }
                          });
                }
                declared.add(new MethodResponseInput(status, headers, models));
              });
    }
    List<IntegrationResponseInput> integration =
        method.integration().responses().stream()
            .map(
                r ->
                    new IntegrationResponseInput(
                        r.selectionPattern(),
                        String.valueOf(r.statusCode()),
                        new TreeMap<>(r.responseParameters()),
                        new TreeMap<>(r.responseTemplates())))
            .toList();
    return new MethodResponses(
        method.httpMethod(),
        method.resourcePath(),
        method.integration().type().name(),
        declared,
        integration);
  }
}
