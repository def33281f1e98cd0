package dev.turnpike.gateway.cors;

import io.vertx.core.MultiMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/** The CORS header names and the small text work around them. */
final class CorsHeaders {

  static final String ORIGIN = "Origin";
  static final String REQUEST_METHOD = "Access-Control-Request-Method";
  static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
  static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
  static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
  static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
  static final String MAX_AGE = "Access-Control-Max-Age";
  static final String VARY = "Vary";

  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}";
  private static final int MAX_REQUESTED = 50;

  /** Cookies stay private; hop-by-hop headers and Vary mean nothing to a script. */
  private static final Set<String> HIDDEN =
      Set.of("set-cookie", "vary", "connection", "keep-alive", "transfer-encoding");

  private CorsHeaders() {}

  /** The header names a preflight asks for, lower case; anything not a header name is dropped. */
  static Set<String> requested(String requestHeaders) {
    Set<String> names = new LinkedHashSet<>();
    if (requestHeaders == null) {
      return names;
    }
    for (String raw : requestHeaders.split(",")) {
      String name = raw.trim().toLowerCase(Locale.ROOT);
      if (name.matches(TOKEN) && names.size() < MAX_REQUESTED) {
        names.add(name);
      }
    }
    return names;
  }

  /** Adds {@code Origin} to {@code Vary}, keeping what is there. */
  static void varyOnOrigin(MultiMap headers) {
    String vary = headers.get(VARY);
    if (vary == null || vary.isBlank()) {
      headers.set(VARY, ORIGIN);
    } else if (!vary.toLowerCase(Locale.ROOT).contains("origin") && !vary.contains("*")) {
      headers.set(VARY, vary + ", " + ORIGIN);
    }
  }

  /** Drops every {@code Access-Control-*} header (an integration's, when the gateway decides). */
  static void removeAll(MultiMap headers) {
    Set<String> names = new LinkedHashSet<>(headers.names());
    names.stream()
        .filter(n -> n.toLowerCase(Locale.ROOT).startsWith("access-control-"))
        .forEach(headers::remove);
  }

  /**
   * The names of the response's own headers (not CORS or cookie ones), so a script on a trusted
   * portal can show all of them.
   */
  static String exposable(MultiMap headers) {
    StringJoiner names = new StringJoiner(", ");
    Set<String> seen = new LinkedHashSet<>();
    for (String name : headers.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!lower.startsWith("access-control-") && !HIDDEN.contains(lower) && seen.add(lower)) {
        names.add(name);
      }
    }
    return names.toString();
  }
}
