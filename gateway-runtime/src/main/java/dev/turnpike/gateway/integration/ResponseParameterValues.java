package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.state.StaticValues;
import dev.turnpike.gateway.transform.InputVariable;
import io.vertx.core.MultiMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the sources of Amazon's {@code method.response.header.X} mappings for one answer: a
 * static {@code 'value'}, {@code integration.response.header.Y}, {@code
 * integration.response.multivalueheader.Y} (values joined with commas), {@code
 * integration.response.body} (the whole body), {@code integration.response.body.JSONPath} (a string
 * value as it is, anything else as JSON), {@code stageVariables.Z} or {@code context.V}. Unknown
 * sources and missing values give null: the header is left out.
 */
final class ResponseParameterValues {

  private static final String HEADER = "integration.response.header.";
  private static final String MULTI_HEADER = "integration.response.multivalueheader.";
  private static final String BODY = "integration.response.body";

  private final RequestContext context;
  private final MultiMap backendHeaders;
  private final String body;
  private InputVariable parsedBody;
  private Map<String, Object> contextMap;

  ResponseParameterValues(RequestContext context, MultiMap backendHeaders, String body) {
    this.context = context;
    this.backendHeaders = backendHeaders;
    this.body = body;
  }

  String resolve(String mapping) {
    if (mapping == null) {
      return null;
    }
    if (StaticValues.isStatic(mapping)) {
      return StaticValues.unquote(mapping);
    }
    if (mapping.startsWith(HEADER)) {
      return backendHeaders.get(mapping.substring(HEADER.length()));
    }
    if (mapping.startsWith(MULTI_HEADER)) {
      List<String> all = backendHeaders.getAll(mapping.substring(MULTI_HEADER.length()));
      return all.isEmpty() ? null : String.join(",", all);
    }
    if (mapping.equals(BODY)) {
      return body;
    }
    if (mapping.startsWith(BODY + ".")) {
      return bodyValue("$." + mapping.substring(BODY.length() + 1));
    }
    if (mapping.startsWith("stageVariables.")) {
      return context.deployment().deployment().stageVariables().get(mapping.substring(15));
    }
    if (mapping.startsWith("context.")) {
      return contextValue(mapping.substring(8));
    }
    return null;
  }

  private String bodyValue(String jsonPath) {
    if (parsedBody == null) {
      parsedBody = new InputVariable(body, Map.of(), Map.of(), Map.of());
    }
    try {
      Object value = parsedBody.path(jsonPath);
      if (value == null) {
        return null;
      }
      return value instanceof Map<?, ?> || value instanceof List<?>
          ? parsedBody.json(jsonPath)
          : value.toString();
    } catch (RuntimeException e) {
      return null; // A body that is not JSON has no value at a path; Amazon leaves it out too.
    }
  }

  private String contextValue(String dotted) {
    if (contextMap == null) {
      contextMap = MappingVariables.contextMap(context);
    }
    return MappingVariables.contextValue(contextMap, dotted);
  }
}
