package dev.turnpike.portal.interfaces.web.portal;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * The signed-in app developer's Keycloak identity, kept in the session beside the {@link
 * dev.turnpike.portal.application.Caller}: the subject their profile is keyed by (also needed to
 * read linked identities and to delete the account), their username, the provider that brought
 * them, and the ID token that lets sign-out end the Keycloak session without asking.
 */
public record PortalDeveloper(
    String subject, String username, String identityProvider, String idToken)
    implements Serializable {
  static final String ATTRIBUTE = "turnpike.portal.developer";

  /** The developer signed in to this session, or null. */
  public static PortalDeveloper of(HttpSession session) {
    Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
    return value instanceof PortalDeveloper d ? d : null;
  }
}
