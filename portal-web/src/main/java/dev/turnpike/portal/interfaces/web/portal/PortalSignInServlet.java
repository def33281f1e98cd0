package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.application.Caller;
import dev.turnpike.portal.application.DeveloperProfiles;
import dev.turnpike.portal.application.DeveloperProfiles.DeveloperProfileView;
import dev.turnpike.portal.application.Invitations;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.domain.model.developer.DeveloperProfile;
import dev.turnpike.portal.infrastructure.identity.KeycloakSignIn;
import dev.turnpike.portal.infrastructure.identity.KeycloakSignIn.SignInFailed;
import dev.turnpike.portal.infrastructure.identity.KeycloakSignIn.SignedIn;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Where Keycloak sends the browser back after a portal sign-in ({@link PortalSignInRoutes} started
 * it). Keycloak answers in the URL fragment ({@code response_mode=fragment}), because Payara's
 * OpenID Connect mechanism (the console's) intercepts every GET that carries {@code code} and
 * {@code state} and fails it for not being its own; so the GET returns a tiny page that posts the
 * fragment back here, same-origin, where the mechanism leaves it alone. The POST checks the state,
 * redeems the code, keeps the signed-in person in the session for the (public) portal pages,
 * creates the developer profile on the first sign-in, and returns to the portal page the person
 * started from, by way of the terms page until they accepted the terms.
 */
@WebServlet("/portal-callback")
public class PortalSignInServlet extends HttpServlet {
  /** Session attribute: the signed-in {@link Caller}. */
  static final String CALLER = "turnpike.portal.caller";

  private static final Logger LOG = Logger.getLogger(PortalSignInServlet.class.getName());

  @Inject KeycloakSignIn keycloak;
  @Inject DeveloperProfiles profiles;
  @Inject Invitations invitations;

  /**
   * Posts Keycloak's answer (the fragment, which never reaches the server) back to this address.
   */
  private static final String RELAY =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="UTF-8"><title>Signing in…</title></head>
      <body><form id="relay" method="post"></form>
      <noscript>Signing in needs JavaScript switched on.</noscript>
      <script>
        var form = document.getElementById('relay');
        new URLSearchParams(location.hash.substring(1)).forEach(function (value, name) {
          var field = document.createElement('input');
          field.type = 'hidden'; field.name = name; field.value = value;
          form.appendChild(field);
        });
        history.replaceState(null, '', location.pathname);
        form.submit();
      </script></body></html>
      """;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.getWriter().write(RELAY);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object value = session == null ? null : session.getAttribute(PendingSignIn.ATTRIBUTE);
    String state = request.getParameter("state");
    if (!(value instanceof PendingSignIn pending) || !pending.state().equals(state)) {
      problem(response, 400, "This sign-in expired or was started elsewhere: sign in again.");
      return;
    }
    session.removeAttribute(PendingSignIn.ATTRIBUTE);
    String back = request.getContextPath() + pending.returnTo();
    if (request.getParameter("error") != null) {
      // The person cancelled at Keycloak or the provider: back to where they were, signed out.
      response.sendRedirect(back);
      return;
    }
    try {
      SignedIn who =
          keycloak.redeem(request.getParameter("code"), pending.redirectUri(), pending.nonce());
      DeveloperProfileView profile = remember(request, who);
      response.sendRedirect(profile.needsTerms() ? termsPage(request, pending) : back);
    } catch (SignInFailed | PortalException e) {
      LOG.warning(() -> "Portal sign-in failed: " + e.getMessage());
      problem(response, 401, "Signing in did not work: " + e.getMessage());
    }
  }

  private DeveloperProfileView remember(HttpServletRequest request, SignedIn who) {
    Caller caller =
        new Caller(who.email(), who.displayName(), who.realmRoles(), who.emailVerified(), null);
    String provider =
        who.identityProvider() == null ? DeveloperProfile.PASSWORD : who.identityProvider();
    DeveloperProfileView profile =
        profiles.signedIn(who.subject(), caller.email(), who.displayName(), provider);
    invitations.claim(caller);
    request.changeSessionId(); // a new session id for the signed-in person: no fixation
    HttpSession session = request.getSession();
    session.setAttribute(CALLER, caller);
    session.setAttribute(
        PortalDeveloper.ATTRIBUTE,
        new PortalDeveloper(who.subject(), who.username(), provider, who.idToken()));
    return profile;
  }

  private static String termsPage(HttpServletRequest request, PendingSignIn pending) {
    String from = pending.returnTo().substring(("/portal/" + pending.slug() + "/").length());
    return request.getContextPath()
        + "/portal/"
        + pending.slug()
        + "/terms?from="
        + URLEncoder.encode(from, StandardCharsets.UTF_8);
  }

  private static void problem(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().println(message);
  }
}
