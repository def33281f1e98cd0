package dev.turnpike.gateway.server;

import io.vertx.core.http.HttpServerRequest;

/**
 * {@code /health/live} (the process answers) and {@code /health/ready} (a snapshot has been
 * applied), as JSON {@code {"status":"UP"}} or 503 {@code {"status":"DOWN"}}. An API id {@code
 * health} is therefore reserved.
 */
final class Health {
  private Health() {}

  static boolean handles(HttpServerRequest request, boolean ready) {
    String path = request.path();
    if ("/health/live".equals(path)) {
      answer(request, true);
      return true;
    }
    if ("/health/ready".equals(path)) {
      answer(request, ready);
      return true;
    }
    return false;
  }

  private static void answer(HttpServerRequest request, boolean up) {
    request
        .response()
        .setStatusCode(up ? 200 : 503)
        .putHeader("Content-Type", "application/json")
        .end(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }
}
