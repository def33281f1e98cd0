package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.infrastructure.config.PortalSettings;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The shared secret standalone gateway nodes present on the portal's internal endpoints. */
final class SyncToken {
  private SyncToken() {}

  /** True when the request carries the token; otherwise the refusal is already written. */
  static boolean check(
      PortalSettings settings, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = settings.gatewaySyncToken();
    if (token.isBlank()) {
      fail(response, 404, "Standalone gateways are not enabled: set turnpike.gateway.sync-token.");
      return false;
    }
    String header = request.getHeader("Authorization");
    boolean ok =
        header != null
            && header.regionMatches(true, 0, "Bearer ", 0, 7)
            && MessageDigest.isEqual(
                header.substring(7).trim().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      response.setHeader("WWW-Authenticate", "Bearer");
      fail(response, 401, "Send the gateway sync token as 'Authorization: Bearer <token>'.");
    }
    return ok;
  }

  static void fail(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response
        .getWriter()
        .write(Json.createObjectBuilder().add("message", message).build().toString());
  }
}
