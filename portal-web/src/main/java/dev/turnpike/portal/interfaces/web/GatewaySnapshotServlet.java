package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.gateway.CurrentSnapshot;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Where standalone gateway nodes fetch the current snapshot: {@code Authorization: Bearer <sync
 * token>}, {@code ETag} = snapshot version, 304 when the node already has it. The snapshot holds
 * key hashes, never keys, but it is still for gateways only.
 */
@WebServlet("/internal/v1/gateway-snapshot")
public class GatewaySnapshotServlet extends HttpServlet {
  @Inject PortalSettings settings;
  @Inject CurrentSnapshot current;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = settings.gatewaySyncToken();
    if (token.isBlank()) {
      fail(response, 404, "Standalone gateways are not enabled: set turnpike.gateway.sync-token.");
      return;
    }
    if (!authorized(request.getHeader("Authorization"), token)) {
      response.setHeader("WWW-Authenticate", "Bearer");
      fail(response, 401, "Send the gateway sync token as 'Authorization: Bearer <token>'.");
      return;
    }
    String json = current.json();
    String etag = "\"" + current.snapshot().version() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "no-store");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(304);
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json);
  }

  private static boolean authorized(String header, String token) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(
        header.substring(7).trim().getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }

  private static void fail(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response
        .getWriter()
        .write(jakarta.json.Json.createObjectBuilder().add("message", message).build().toString());
  }
}
