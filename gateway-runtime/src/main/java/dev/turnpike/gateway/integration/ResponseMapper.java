package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.state.CompiledResponse;
import dev.turnpike.gateway.state.StaticValues;
import dev.turnpike.gateway.transform.CompiledTemplate;
import io.vertx.core.MultiMap;
import java.util.Map;

/**
 * Turns a backend's (or a mock's) answer into the method's response through the selected
 * integration response: its status, its {@code application/json} template (or the backend body when
 * it has none) and its header mappings ({@code 'static'} or {@code integration.response.header.X}).
 * Without a selected response the answer passes through.
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
    CompiledTemplate template = selected.templates().get("application/json");
    String body = backendBody;
    if (template != null) {
      body = template.render(MappingVariables.forResponse(context, backendBody, backendHeaders));
      headers.set("Content-Type", "application/json");
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
