package dev.turnpike.portal.interfaces.web.portal;

import java.io.Serializable;

/**
 * A sign-in on its way through Keycloak, kept in the session: the {@code state} and {@code nonce}
 * that tie Keycloak's answer to this browser and this request, and the portal page to return to.
 */
record PendingSignIn(String state, String nonce, String redirectUri, String slug, String returnTo)
    implements Serializable {
  static final String ATTRIBUTE = "turnpike.portal.pendingSignIn";
}
