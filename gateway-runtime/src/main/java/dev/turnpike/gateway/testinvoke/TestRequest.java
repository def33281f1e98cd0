package dev.turnpike.gateway.testinvoke;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request a person types into the console: method, path (relative to the stage, starting with
 * {@code /}), query string without {@code ?}, headers and body. Checked here so a mistake is named.
 */
public record TestRequest(
    String method, String path, String query, Map<String, String> headers, String body) {

  static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  /** Headers the JDK's HTTP client sets itself; a value given for them is refused by name. */
  static final Set<String> RESERVED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  public TestRequest {
    method = method == null ? "" : method.strip().toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException(
          "method must be one of " + METHODS + ", got '" + method + "'");
    }
    if (path == null || !path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ')) {
      throw new IllegalArgumentException(
          "path must start with '/' and hold no spaces (e.g. /pets/1), got '" + path + "'");
    }
    query = query == null ? "" : query.strip();
    if (query.startsWith("?")) {
      query = query.substring(1);
    }
    if (query.chars().anyMatch(c -> c <= ' ')) {
      throw new IllegalArgumentException(
          "query must be URL-encoded (no spaces), got '" + query + "'");
    }
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    for (String name : headers.keySet()) {
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "header '" + name + "' is set by the gateway's client itself; leave it out");
      }
    }
    body = body == null ? "" : body;
  }
}
