package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.Caller;
import dev.turnpike.portal.application.Invitations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The signed-in person, from the OpenID Connect session. */
@Named("me")
@RequestScoped
public class WebCaller {
  @Inject OpenIdContext openId;
  @Inject SecurityContext security;
  @Inject Invitations invitations;

  private boolean claimed;

  /** The person; on their first request, their open invitations become memberships. */
  public Caller caller() {
    Set<String> roles =
        Stream.of(Caller.API_DEVELOPER, Caller.PLATFORM_ADMIN, "app-developer")
            .filter(security::isCallerInRole)
            .collect(Collectors.toSet());
    Caller caller =
        new Caller(
            openId.getClaims().getEmail().orElse(null),
            getDisplayName(),
            roles,
            emailVerified(),
            null);
    if (!claimed) {
      claimed = true;
      invitations.claim(caller);
    }
    return caller;
  }

  /**
   * Keycloak sends email_verified as a JSON boolean, which the claims API's string getters read as
   * absent; so the raw claims are read first.
   */
  private boolean emailVerified() {
    try {
      JsonValue value = openId.getClaimsJson().get("email_verified");
      if (value != null) {
        return value == JsonValue.TRUE
            || (value instanceof JsonString text && Boolean.parseBoolean(text.getString()));
      }
      return openId.getClaims().getEmailVerified().map(Boolean::parseBoolean).orElse(false);
    } catch (RuntimeException e) {
      return false; // unknown means unverified: claiming an invitation needs a verified e-mail
    }
  }

  public String getDisplayName() {
    return openId.getClaims().getName().orElse(openId.getSubject());
  }

  /** Keycloak's id of the person (the token's {@code sub}). */
  public String getSubject() {
    return openId.getSubject();
  }

  public String getUsername() {
    return openId.getClaims().getPreferredUsername().orElse("");
  }

  public String getEmail() {
    return openId.getClaims().getEmail().orElse("");
  }
}
