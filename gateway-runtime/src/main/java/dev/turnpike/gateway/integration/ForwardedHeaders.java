package dev.turnpike.gateway.integration;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Copies headers across the gateway without the hop-by-hop ones (RFC 9110 §7.6.1, plus those the
 * {@code Connection} header names) and adds {@code X-Forwarded-For/Proto/Port} towards backends.
 */
final class ForwardedHeaders {
  private ForwardedHeaders() {}

  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "host");

  /** The client's headers for the backend. */
  static MultiMap toBackend(HttpServerRequest request) {
    MultiMap headers = copy(request.headers());
    String client = MappingVariables.sourceIp(request);
    String previous = request.getHeader("X-Forwarded-For");
    headers.set("X-Forwarded-For", previous == null ? client : previous + ", " + client);
    headers.set("X-Forwarded-Proto", request.isSSL() ? "https" : "http");
    headers.set(
        "X-Forwarded-Port",
        request.localAddress() == null ? "" : Integer.toString(request.localAddress().port()));
    return headers;
  }

  /** A backend's headers for the client. */
  static MultiMap copy(MultiMap from) {
    Set<String> drop = new HashSet<>(HOP_BY_HOP);
    String connection = from.get("Connection");
    if (connection != null) {
      for (String name : connection.split(",")) {
        drop.add(name.trim().toLowerCase(Locale.ROOT));
      }
    }
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    for (var entry : from) {
      if (!drop.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
        headers.add(entry.getKey(), entry.getValue());
      }
    }
    return headers;
  }
}
