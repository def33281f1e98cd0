package dev.turnpike.gateway.server;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code /health/live} (the process answers) and {@code /health/ready} (a snapshot has been
 * applied), as JSON {@code {"status":"UP"}} or 503 {@code {"status":"DOWN"}}. The readiness body
 * carries, after {@code "status"}, the node's readiness details when it has any (a standalone node:
 * {@code snapshotVersion}, {@code lastSync}, {@code consecutiveFailures}, ...; with a failover
 * counter store {@code "counters":{"state","since"}}, see {@link GatewayServer}). An API id {@code
 * health} is therefore reserved.
 */
final class Health {
  private final BooleanSupplier ready;
  private final Supplier<Map<String, Object>> details;

  Health(BooleanSupplier ready, Supplier<Map<String, Object>> details) {
    this.ready = ready;
    this.details = details;
  }

  boolean handles(HttpServerRequest request) {
    String path = request.path();
    if ("/health/live".equals(path)) {
      answer(request, true, Map.of());
      return true;
    }
    if ("/health/ready".equals(path)) {
      answer(request, ready.getAsBoolean(), details.get());
      return true;
    }
    return false;
  }

  private static void answer(HttpServerRequest request, boolean up, Map<String, Object> details) {
    JsonObject body = new JsonObject().put("status", up ? "UP" : "DOWN");
    details.forEach(body::put);
    request
        .response()
        .setStatusCode(up ? 200 : 503)
        .putHeader("Content-Type", "application/json")
        .end(body.encode());
  }
}
