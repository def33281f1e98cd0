package dev.turnpike.gateway.integration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Builds the backend URL: path parameters ({@code {id}}, {@code {proxy}}) substituted, each segment
 * URL-encoded ({@code .} and {@code ..} segments too, so a client cannot climb out of the backend's
 * base path), and the client's query string appended.
 */
final class BackendUri {
  private BackendUri() {}

  static String build(String template, Map<String, String> pathParameters, String rawQuery) {
    String uri = template;
    for (Map.Entry<String, String> param : pathParameters.entrySet()) {
      String value = encodePath(param.getValue());
      uri =
          uri.replace("{" + param.getKey() + "+}", value)
              .replace("{" + param.getKey() + "}", value);
    }
    if (rawQuery == null || rawQuery.isEmpty()) {
      return uri;
    }
    return uri + (uri.contains("?") ? "&" : "?") + rawQuery;
  }

  /** Encodes each '/'-separated segment of a decoded path value. */
  static String encodePath(String value) {
    String[] segments = value.split("/", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(encodeSegment(segments[i]));
    }
    return out.toString();
  }

  private static String encodeSegment(String segment) {
    if (segment.equals(".") || segment.equals("..")) {
      return segment.replace(".", "%2E");
    }
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
