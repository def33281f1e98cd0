package dev.turnpike.portal.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after a console sign-in. The OpenID Connect mechanism has
 * finished the sign-in before this runs; the person lands on the console home. (The developer
 * portal signs in through its own flow and callback, {@code /portal-callback}.)
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/console/index.xhtml");
  }
}
