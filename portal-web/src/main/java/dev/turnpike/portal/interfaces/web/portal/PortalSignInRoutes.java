package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.application.DeveloperProfiles;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.infrastructure.config.PortalSignInSettings;
import dev.turnpike.portal.infrastructure.identity.KeycloakSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The portal's sign-in, terms and sign-out addresses, routed here by {@link PortalRouter}: {@code
 * signin} shows the sign-in choices (or goes straight to Keycloak when no social provider is
 * configured), {@code signin?with=google} starts the sign-in with that provider, {@code terms}
 * shows and records the terms of use, {@code signout} ends the portal and the Keycloak session.
 */
@ApplicationScoped
public class PortalSignInRoutes {
  /** Where a sign-in may return to: a page of this portal, never another site. */
  private static final Pattern RETURN =
      Pattern.compile("(apis/[A-Za-z0-9._-]+/[A-Za-z0-9._-]+|keys|account|inbox)?");

  static final String PASSWORD = "password";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject KeycloakSignIn keycloak;
  @Inject PortalSignInSettings settings;
  @Inject DeveloperProfiles profiles;

  void route(String slug, String page, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String from = from(request);
    switch (page) {
      case "signin" -> signIn(slug, from, request, response);
      case "terms" -> terms(slug, from, request, response);
      default -> signOut(slug, request, response);
    }
  }

  /**
   * Sends a signed-in developer who has not accepted the current terms to the terms page first;
   * true when it did. Everyone else (signed out, or accepted) goes on.
   */
  boolean termsFirst(
      String slug, String from, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PortalDeveloper developer = PortalDeveloper.of(request.getSession(false));
    if (developer == null || !profiles.needsTerms(developer.subject())) {
      return false;
    }
    response.sendRedirect(portal(request, slug) + "/terms?from=" + enc(from));
    return true;
  }

  private void signIn(
      String slug, String from, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String with = request.getParameter("with");
    if (with == null && !settings.identityProviders().isEmpty()) {
      request
          .getRequestDispatcher("/portal/signin.xhtml?slug=" + enc(slug) + "&from=" + enc(from))
          .forward(request, response);
      return;
    }
    String hint = with == null || with.equals(PASSWORD) ? null : with;
    if (hint != null && !settings.identityProviders().contains(hint)) {
      throw new PortalException(
          PortalException.Kind.BAD_REQUEST,
          "This portal offers no sign-in with '"
              + with
              + "': use "
              + String.join(", ", settings.identityProviders())
              + " or password.");
    }
    PendingSignIn pending =
        new PendingSignIn(
            random(),
            random(),
            base(request) + "/portal-callback",
            slug,
            "/portal/" + slug + "/" + from);
    request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending);
    response.sendRedirect(
        keycloak.authorizationUrl(pending.redirectUri(), pending.state(), pending.nonce(), hint));
  }

  private void terms(
      String slug, String from, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    PortalDeveloper developer = PortalDeveloper.of(request.getSession(false));
    if (developer == null) {
      response.sendRedirect(portal(request, slug) + "/signin?from=" + enc(from));
      return;
    }
    if (request.getMethod().equals("POST")) {
      profiles.acceptTerms(developer.subject(), request.getParameter("version"));
      response.sendRedirect(portal(request, slug) + "/" + from);
      return;
    }
    request
        .getRequestDispatcher("/portal/terms.xhtml?slug=" + enc(slug) + "&from=" + enc(from))
        .forward(request, response);
  }

  /** Ends the portal session and Keycloak's, then shows the catalog again. */
  private void signOut(String slug, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    PortalDeveloper developer = PortalDeveloper.of(session);
    String catalog = base(request) + "/portal/" + slug;
    // No request.logout(): the portal never signs in with the container, and Payara's OpenID
    // Connect mechanism answers a logout with its own redirect, committing the response.
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(
        developer == null ? catalog : keycloak.endSessionUrl(developer.idToken(), catalog));
  }

  private static String from(HttpServletRequest request) {
    String from = request.getParameter("from") == null ? "" : request.getParameter("from");
    if (!RETURN.matcher(from).matches()) {
      throw new PortalException(
          PortalException.Kind.BAD_REQUEST,
          "Cannot return to '" + from + "' after signing in: give a page of this portal.");
    }
    return from;
  }

  /** The portal's own address as the browser sees it, like the console's {@code ${baseURL}}. */
  static String base(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }

  private static String portal(HttpServletRequest request, String slug) {
    return request.getContextPath() + "/portal/" + slug;
  }

  private static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
