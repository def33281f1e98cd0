package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.gateway.CurrentSnapshot;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
    if (!SyncToken.check(settings, request, response)) {
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
}
