package dev.turnpike.portal.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One tenant operation of the management API as its OpenAPI document describes it. */
record ManagementOperation(
    String method,
    String path,
    List<String> requiredQuery,
    String minimumRole,
    String bodyType,
    String body) {
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

  /** Parameters that name no object of their own: the tenant, a stage's name, a response type. */
  private static final Set<String> NOT_OBJECTS = Set.of("tenantId", "stage", "type");

  /** Every operation under {@code /tenants/{tenantId}} of the document. */
  static List<ManagementOperation> readAll(String document) {
    return readAll(document, "/tenants/{tenantId}");
  }

  /** Every operation of the document whose path starts with the prefix. */
  static List<ManagementOperation> readAll(String document, String prefix) {
    OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
    List<ManagementOperation> operations = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) -> {
              if (path.startsWith(prefix)) {
                item.readOperationsMap()
                    .forEach((verb, op) -> operations.add(of(verb.name(), path, op)));
              }
            });
    return operations;
  }

  private static ManagementOperation of(String method, String path, Operation op) {
    Map<String, Object> extensions = op.getExtensions() == null ? Map.of() : op.getExtensions();
    // Operations outside a tenant (the caller's own things under /me) are for anyone signed in.
    Object role = extensions.getOrDefault("x-turnpike-minimum-role", "SIGNED_IN");
    if (!extensions.containsKey("x-turnpike-minimum-role") && path.startsWith("/tenants/")) {
      throw new IllegalStateException(method + " " + path + " has no x-turnpike-minimum-role");
    }
    Content content = op.getRequestBody() == null ? null : op.getRequestBody().getContent();
    String bodyType =
        content == null || content.isEmpty()
            ? null
            : content.containsKey("application/json")
                ? "application/json"
                : content.keySet().iterator().next();
    // The document's example where it has one (a body valid enough to reach the object lookup),
    // else an empty object: well-formed, so the parser never decides.
    Object example = bodyType == null ? null : content.get(bodyType).getExample();
    List<String> query =
        op.getParameters() == null
            ? List.of()
            : op.getParameters().stream()
                .filter(p -> "query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()))
                .map(p -> p.getName())
                .toList();
    return new ManagementOperation(method, path, query, role.toString(), bodyType, json(example));
  }

  private static String json(Object example) {
    try {
      return example == null ? "{}" : Json.mapper().writeValueAsString(example);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The path with each parameter replaced by the id given for it. */
  String fill(Map<String, String> ids) {
    Matcher parameter = PARAMETER.matcher(path);
    StringBuilder filled = new StringBuilder();
    while (parameter.find()) {
      String id = ids.get(parameter.group(1));
      if (id == null) {
        throw new IllegalStateException(
            "No id for {" + parameter.group(1) + "} in " + this + ": give SweepTenant one");
      }
      parameter.appendReplacement(filled, Matcher.quoteReplacement(id));
    }
    parameter.appendTail(filled);
    String separator = "?";
    for (String name : requiredQuery) {
      String value = ids.get(name);
      if (value == null) {
        throw new IllegalStateException("No value for query " + name + " in " + this);
      }
      filled.append(separator).append(name).append('=');
      filled.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      separator = "&";
    }
    return filled.toString();
  }

  /** Whether the path names an object (an API, plan, key...) beyond the tenant. */
  boolean hasObjectParameters() {
    Matcher parameter = PARAMETER.matcher(path);
    while (parameter.find()) {
      if (!NOT_OBJECTS.contains(parameter.group(1))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
