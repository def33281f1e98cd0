package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.state.CompiledResponse;
import dev.turnpike.gateway.state.StaticValues;
import dev.turnpike.gateway.transform.CompiledTemplate;
import io.vertx.core.MultiMap;
import java.util.Map;

/**
 * Turns a backend's (or a mock's) answer into the method's response through the selected
 * integration response: its status, its template chosen by the client's {@code Accept} (else {@code
 * application/json}, else the first; the backend body when it has none) and its header mappings
 * ({@code 'static'} or {@code integration.response.header.X}). Without a selected response the
 * answer passes through.
 */
final class ResponseMapper {
  private ResponseMapper() {}

  private static final String METHOD_HEADER = "method.response.header.";
  private static final String BACKEND_HEADER = "integration.response.header.";

  static MappedResponse map(
      RequestContext context,
      CompiledResponse selected,
      int backendStatus,
      MultiMap backendHeaders,
      String backendBody) {
    if (selected == null) {
      return new MappedResponse(backendStatus, ForwardedHeaders.copy(backendHeaders), backendBody);
    }
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    String type = templateType(selected, context.request().getHeader("Accept"));
    CompiledTemplate template = type == null ? null : selected.templates().get(type);
    String body = backendBody;
    if (template != null) {
      body = template.render(MappingVariables.forResponse(context, backendBody));
      headers.set("Content-Type", type);
    } else if (backendHeaders.contains("Content-Type")) {
      headers.set("Content-Type", backendHeaders.get("Content-Type"));
    }
    for (Map.Entry<String, String> p : selected.definition().responseParameters().entrySet()) {
      if (p.getKey().startsWith(METHOD_HEADER)) {
        String value = headerValue(p.getValue(), backendHeaders);
        if (value != null) {
          headers.set(p.getKey().substring(METHOD_HEADER.length()), value);
        }
      }
    }
    return new MappedResponse(selected.definition().statusCode(), headers, body);
  }

  /**
   * The response template's content type, as Amazon picks it: the first type of the client's {@code
   * Accept} that has a template, else {@code application/json}, else any one of them.
   */
  static String templateType(CompiledResponse selected, String accept) {
    Map<String, CompiledTemplate> templates = selected.templates();
    if (templates.isEmpty()) {
      return null;
    }
    if (accept != null) {
      for (String part : accept.split(",")) {
        String type = part.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (templates.containsKey(type)) {
          return type;
        }
      }
    }
    if (templates.containsKey("application/json")) {
      return "application/json";
    }
    return selected.definition().responseTemplates().keySet().stream()
        .map(t -> t.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT))
        .filter(templates::containsKey)
        .findFirst()
        .orElse(null);
  }

  private static String headerValue(String mapping, MultiMap backendHeaders) {
    if (StaticValues.isStatic(mapping)) {
      return StaticValues.unquote(mapping);
    }
    if (mapping != null && mapping.startsWith(BACKEND_HEADER)) {
      return backendHeaders.get(mapping.substring(BACKEND_HEADER.length()));
    }
    return null;
  }
}
