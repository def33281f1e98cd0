package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.interfaces.web.WebCaller;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The portal's protected sign-in address: reaching it means the OpenID Connect sign-in is done. It
 * keeps the signed-in person in the session for the (public) portal pages, which the mechanism does
 * not authenticate, and returns to the portal page the person started from.
 */
@WebServlet("/portal-signin")
public class PortalSignInServlet extends HttpServlet {
  /** Session attribute: the portal page to return to after sign-in. */
  public static final String RETURN_TO = "turnpike.portal.returnTo";

  /** Session attribute: the signed-in {@link dev.turnpike.portal.application.Caller}. */
  static final String CALLER = "turnpike.portal.caller";

  /** Session attribute: the signed-in {@link PortalIdentity}. */
  static final String IDENTITY = "turnpike.portal.identity";

  @Inject WebCaller me;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession();
    session.setAttribute(CALLER, me.caller());
    session.setAttribute(IDENTITY, new PortalIdentity(me.getSubject(), me.getUsername()));
    Object back = session.getAttribute(RETURN_TO);
    session.removeAttribute(RETURN_TO);
    response.sendRedirect(request.getContextPath() + (back instanceof String path ? path : "/"));
  }
}
