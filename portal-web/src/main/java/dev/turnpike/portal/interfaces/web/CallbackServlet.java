package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.interfaces.web.portal.PortalSignInServlet;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back. The OpenID Connect mechanism has finished the sign-in
 * before this runs; the person lands on the console home, or back in the developer portal when they
 * signed in there.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // A sign-in started from the developer portal goes back to the portal, not to the console.
    var session = request.getSession(false);
    boolean fromPortal =
        session != null && session.getAttribute(PortalSignInServlet.RETURN_TO) != null;
    response.sendRedirect(
        request.getContextPath() + (fromPortal ? "/portal-signin" : "/console/index.xhtml"));
  }
}
