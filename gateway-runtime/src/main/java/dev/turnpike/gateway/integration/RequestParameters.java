package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.state.ParameterMapping;
import io.vertx.core.MultiMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a method's compiled request parameter mappings to one request: values for backend headers
 * (replacing the header), query string parameters (replacing the client's of that name) and path
 * parameters (filling {@code {X}} in the uri, over the method's own path parameter of that name). A
 * source without a value (a header the client did not send) maps to nothing, as in Amazon.
 */
final class RequestParameters {

  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private final Map<String, String> path = new HashMap<>();

  private RequestParameters() {}

  static RequestParameters resolve(RequestContext context, List<ParameterMapping> mappings) {
    RequestParameters out = new RequestParameters();
    Map<String, Object> contextMap = null;
    for (ParameterMapping mapping : mappings) {
      if (mapping.source() == ParameterMapping.Source.CONTEXT && contextMap == null) {
        contextMap = MappingVariables.contextMap(context);
      }
      List<String> values = values(context, mapping, contextMap);
      if (values.isEmpty()) {
        continue;
      }
      switch (mapping.target()) {
        case HEADER -> out.headers.put(mapping.name(), values);
        case QUERYSTRING -> out.query.put(mapping.name(), values);
        case PATH -> out.path.put(mapping.name(), String.join(",", values));
      }
    }
    return out;
  }

  /** Sets the mapped headers on a backend request's headers. */
  void applyHeaders(MultiMap target) {
    headers.forEach(target::set);
  }

  /** The method's path parameters with the mapped ones over them. */
  Map<String, String> pathParameters(Map<String, String> method) {
    if (path.isEmpty()) {
      return method;
    }
    Map<String, String> merged = new HashMap<>(method);
    merged.putAll(path);
    return merged;
  }

  /** The client's raw query string without the mapped names, plus the mapped values (encoded). */
  String query(String rawQuery) {
    if (query.isEmpty()) {
      return rawQuery;
    }
    List<String> parts = new ArrayList<>();
    Set<String> mapped = new HashSet<>(query.keySet());
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String part : rawQuery.split("&")) {
        String name = java.net.URLDecoder.decode(part.split("=", 2)[0], StandardCharsets.UTF_8);
        if (!mapped.contains(name)) {
          parts.add(part);
        }
      }
    }
    query.forEach(
        (name, values) -> values.forEach(value -> parts.add(encode(name) + "=" + encode(value))));
    return String.join("&", parts);
  }

  private static List<String> values(
      RequestContext context, ParameterMapping mapping, Map<String, Object> contextMap) {
    String key = mapping.key();
    return switch (mapping.source()) {
      case LITERAL -> key == null ? List.of() : List.of(key);
      case HEADER -> single(context.request().getHeader(key));
      case QUERYSTRING -> single(context.request().params().get(key));
      case PATH -> single(context.pathParameters().get(key));
      case MULTIVALUEHEADER -> context.request().headers().getAll(key);
      case MULTIVALUEQUERYSTRING -> context.request().params().getAll(key);
      case CONTEXT -> single(MappingVariables.contextValue(contextMap, key));
    };
  }

  private static List<String> single(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
