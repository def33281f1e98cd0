package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.state.BinaryMediaTypes;
import dev.turnpike.gateway.state.CompiledResponse;
import dev.turnpike.gateway.transform.CompiledTemplate;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.util.Map;

/**
 * Turns a backend's (or a mock's) answer into the method's response through the selected
 * integration response: its status, its template chosen by the client's {@code Accept} (else {@code
 * application/json}, else the first; the backend body when it has none), its header mappings (see
 * {@link ResponseParameterValues}) and its content handling. A binary answer (its content type is
 * one of the API's binary media types) reaches templates base64-encoded. Without a selected
 * response the answer passes through (binary as {@link Payloads#response} decides).
 */
final class ResponseMapper {
  private ResponseMapper() {}

  private static final String METHOD_HEADER = "method.response.header.";

  static MappedResponse map(
      RequestContext context,
      CompiledResponse selected,
      int backendStatus,
      MultiMap backendHeaders,
      Buffer backendBody) {
    BinaryMediaTypes binaryTypes = context.deployment().binaryMediaTypes();
    boolean binary = binaryTypes.matches(backendHeaders.get("Content-Type"));
    boolean acceptsBinary = binaryTypes.accepted(context.request().getHeader("Accept"));
    if (selected == null) {
      return new MappedResponse(
          backendStatus,
          ForwardedHeaders.copy(backendHeaders),
          Payloads.response(backendBody, binary, null, acceptsBinary));
    }
    String handling = selected.definition().contentHandling();
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    String type = templateType(selected, context.request().getHeader("Accept"));
    CompiledTemplate template = type == null ? null : selected.templates().get(type);
    Buffer body;
    String text = null;
    if (template != null) {
      text = Payloads.templateText(backendBody, binary);
      body =
          Payloads.rendered(template.render(MappingVariables.forResponse(context, text)), handling);
      headers.set("Content-Type", type);
    } else {
      body = Payloads.response(backendBody, binary, handling, acceptsBinary);
      if (backendHeaders.contains("Content-Type")) {
        headers.set("Content-Type", backendHeaders.get("Content-Type"));
      }
    }
    ResponseParameterValues values =
        new ResponseParameterValues(
            context,
            backendHeaders,
            text != null ? text : Payloads.templateText(backendBody, binary));
    for (Map.Entry<String, String> p : selected.definition().responseParameters().entrySet()) {
      if (p.getKey().startsWith(METHOD_HEADER)) {
        String value = values.resolve(p.getValue());
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
}
