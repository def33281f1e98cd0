package dev.turnpike.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.CorsConfiguration;
import dev.turnpike.gateway.definition.GatewayResponse;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.route.RouteTable;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports an OpenAPI 3.0/3.1 or Swagger 2 document (YAML or JSON) into an {@link ApiDefinition},
 * reading Amazon's {@code x-amazon-apigateway-*} extensions and our {@code x-turnpike-*} twins of
 * them (see {@link Extensions}). A broken document is refused whole (errors with JSON pointers, no
 * definition); what is read but cannot be honoured yet is a warning per item. External references
 * are not fetched. Thread-safe.
 */
public final class OpenApiImporter {

  static final String AWS_INTEGRATION = Extensions.AMAZON + Extensions.INTEGRATION;
  static final String OUR_INTEGRATION = Extensions.OURS + Extensions.INTEGRATION;

  /** Amazon's gateway response types. */
  public static final java.util.Set<String> RESPONSE_TYPES =
      java.util.Set.of(
          "ACCESS_DENIED",
          "API_CONFIGURATION_ERROR",
          "AUTHORIZER_CONFIGURATION_ERROR",
          "AUTHORIZER_FAILURE",
          "BAD_REQUEST_PARAMETERS",
          "BAD_REQUEST_BODY",
          "DEFAULT_4XX",
          "DEFAULT_5XX",
          "EXPIRED_TOKEN",
          "INTEGRATION_FAILURE",
          "INTEGRATION_TIMEOUT",
          "INVALID_API_KEY",
          "INVALID_SIGNATURE",
          "MISSING_AUTHENTICATION_TOKEN",
          "QUOTA_EXCEEDED",
          "REQUEST_TOO_LARGE",
          "RESOURCE_NOT_FOUND",
          "THROTTLED",
          "UNAUTHORIZED",
          "UNSUPPORTED_MEDIA_TYPE",
          "WAF_FILTERED");

  /** Root extensions read here; any other {@code x-amazon-apigateway-*} one is warned about. */
  private static final java.util.Set<String> READ_AT_ROOT =
      java.util.Set.of(
          Extensions.API_KEY_SOURCE,
          Extensions.BINARY_MEDIA_TYPES,
          Extensions.CORS,
          Extensions.GATEWAY_RESPONSES,
          Extensions.REQUEST_VALIDATORS,
          Extensions.REQUEST_VALIDATOR);

  private static final ObjectMapper JSON = new ObjectMapper();

  public ImportResult importDocument(String openApiText) {
    Problems problems = new Problems();
    OpenAPI api = parse(openApiText, problems);
    if (api == null) {
      return new ImportResult(null, problems.errors, problems.warnings);
    }
    Map<String, Object> root = api.getExtensions() == null ? Map.of() : api.getExtensions();
    String keySource = keySource(root, problems);
    Map<String, GatewayResponse> responses = gatewayResponses(root, problems);
    List<String> binaryTypes = binaryMediaTypes(root, problems);
    CorsConfiguration cors = CorsExtension.read(root, problems);
    warnUnknownRootExtensions(root, problems);
    List<MethodDefinition> methods = new OperationMapper(api, problems).methods();
    checkRoutes(methods, problems);
    if (methods.isEmpty() && problems.errors.isEmpty()) {
      problems.error("/paths", "the document has no operation that can be imported");
    }
    if (!problems.errors.isEmpty()) {
      return new ImportResult(null, problems.errors, problems.warnings);
    }
    String title = api.getInfo() == null ? null : api.getInfo().getTitle();
    String version = api.getInfo() == null ? null : api.getInfo().getVersion();
    return new ImportResult(
        new ApiDefinition(title, version, methods, keySource, responses, binaryTypes, cors),
        problems.errors,
        problems.warnings);
  }

  private static OpenAPI parse(String text, Problems problems) {
    if (text == null || text.isBlank()) {
      problems.error("", "the document is empty; paste an OpenAPI 3 or Swagger 2 document");
      return null;
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result;
    try {
      result = new OpenAPIParser().readContents(text, null, options);
    } catch (RuntimeException e) {
      problems.error("", "the document cannot be read: " + e.getMessage());
      return null;
    }
    List<String> messages =
        result == null || result.getMessages() == null ? List.of() : result.getMessages();
    if (result == null || result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
      messages.forEach(m -> problems.error("", m));
      if (problems.errors.isEmpty()) {
        problems.error(
            "", "not an OpenAPI 3.x or Swagger 2.0 document with 'paths' (check the YAML/JSON)");
      }
      return null;
    }
    messages.forEach(m -> problems.warn("", m));
    return result.getOpenAPI();
  }

  private static String keySource(Map<String, Object> root, Problems problems) {
    Object source = Extensions.get(root, Extensions.API_KEY_SOURCE);
    if (source == null || "HEADER".equalsIgnoreCase(source.toString())) {
      return ApiDefinition.HEADER;
    }
    problems.warn(
        "/" + Extensions.nameIn(root, Extensions.API_KEY_SOURCE),
        "API key source '" + source + "' is not supported yet; keys are read from x-api-key");
    return ApiDefinition.HEADER;
  }

  private static Map<String, GatewayResponse> gatewayResponses(
      Map<String, Object> root, Problems problems) {
    Map<String, GatewayResponse> responses = new LinkedHashMap<>();
    Object raw = Extensions.get(root, Extensions.GATEWAY_RESPONSES);
    if (raw == null) {
      return responses;
    }
    String at = "/" + Extensions.nameIn(root, Extensions.GATEWAY_RESPONSES);
    JsonNode node = JSON.valueToTree(raw);
    node.fields()
        .forEachRemaining(
            e -> {
              if (!RESPONSE_TYPES.contains(e.getKey().toUpperCase(Locale.ROOT))) {
                problems.warn(
                    Pointers.child(at, e.getKey()),
                    "'"
                        + e.getKey()
                        + "' is not an Amazon gateway response type; it is kept but never used");
              }
              JsonNode status = e.getValue().path("statusCode");
              Integer code = status.isMissingNode() ? null : Integer.valueOf(status.asInt());
              responses.put(
                  e.getKey().toUpperCase(Locale.ROOT),
                  new GatewayResponse(
                      code,
                      JSON.convertValue(e.getValue().path("responseParameters"), StringMap.TYPE),
                      JSON.convertValue(e.getValue().path("responseTemplates"), StringMap.TYPE)));
            });
    return responses;
  }

  /** Amazon's list of binary media types, e.g. {@code ["image/png", "image/*", "*}{@code /*"]}. */
  private static List<String> binaryMediaTypes(Map<String, Object> root, Problems problems) {
    Object raw = Extensions.get(root, Extensions.BINARY_MEDIA_TYPES);
    String at = "/" + Extensions.nameIn(root, Extensions.BINARY_MEDIA_TYPES);
    List<String> types = new ArrayList<>();
    if (raw == null) {
      return types;
    }
    JsonNode node = JSON.valueToTree(raw);
    if (!node.isArray()) {
      problems.error(at, "must be a list of media types such as image/png");
      return types;
    }
    for (int i = 0; i < node.size(); i++) {
      String type = node.get(i).asText("").trim();
      // Amazon's console writes "~1" for "/" in media types it stores; accept both.
      type = type.replace("~1", "/");
      if (!type.matches("[^/\\s]+/[^/\\s]+")) {
        problems.error(
            Pointers.child(at, Integer.toString(i)),
            "'" + node.get(i).asText() + "' is not a media type such as image/png or image/*");
      } else {
        types.add(type);
      }
    }
    return types;
  }

  private static void warnUnknownRootExtensions(Map<String, Object> root, Problems problems) {
    for (String key : root.keySet()) {
      String prefix = key.startsWith(Extensions.OURS) ? Extensions.OURS : Extensions.AMAZON;
      if (key.startsWith(prefix) && !READ_AT_ROOT.contains(key.substring(prefix.length()))) {
        problems.warn("/" + key, "'" + key + "' is not supported yet; ignored");
      }
    }
  }

  private static void checkRoutes(List<MethodDefinition> methods, Problems problems) {
    RouteTable.Builder<MethodDefinition> routes = RouteTable.builder();
    for (MethodDefinition m : methods) {
      try {
        routes.add(m.httpMethod(), m.resourcePath(), m);
      } catch (IllegalArgumentException e) {
        problems.error(Pointers.child("/paths", m.resourcePath()), e.getMessage());
      }
    }
  }

  /** Collects operations, including AWS's ANY method, in document order. */
  static List<OperationView> operations(OpenAPI api) {
    List<OperationView> views = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) -> {
              item.readOperationsMap()
                  .forEach(
                      (method, op) ->
                          views.add(
                              new OperationView(
                                  Pointers.operation(path, method.name().toLowerCase(Locale.ROOT)),
                                  path,
                                  method.name(),
                                  op.getOperationId(),
                                  op.getSecurity(),
                                  op.getExtensions() == null ? Map.of() : op.getExtensions(),
                                  parameters(item.getParameters(), op.getParameters()),
                                  op.getRequestBody())));
              Object any = Extensions.get(item.getExtensions(), Extensions.ANY_METHOD);
              if (any != null) {
                String name = Extensions.nameIn(item.getExtensions(), Extensions.ANY_METHOD);
                views.add(anyMethod(path, name, any));
              }
            });
    return views;
  }

  @SuppressWarnings("unchecked")
  private static OperationView anyMethod(String path, String name, Object raw) {
    Map<String, Object> map =
        raw instanceof Map<?, ?> m ? (Map<String, Object>) m : JSON.convertValue(raw, Map.class);
    Object security = map.get("security");
    return new OperationView(
        Pointers.operation(path, name),
        path,
        "ANY",
        map.get("operationId") == null ? null : map.get("operationId").toString(),
        security instanceof List<?> list ? (List<Map<String, ?>>) list : null,
        map,
        List.of(),
        null);
  }

  private static List<Parameter> parameters(List<Parameter> pathLevel, List<Parameter> own) {
    List<Parameter> all = new ArrayList<>();
    if (pathLevel != null) {
      all.addAll(pathLevel);
    }
    if (own != null) {
      all.addAll(own);
    }
    return all;
  }
}
