package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.Caller;
import dev.turnpike.portal.application.Invitations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

  /** Keycloak sends email_verified as a JSON boolean; the claims API reads claims as strings. */
  private boolean emailVerified() {
    try {
      return openId.getClaims().getEmailVerified().map(Boolean::parseBoolean).orElse(false);
    } catch (RuntimeException e) {
      return openId.getClaimsJson().getBoolean("email_verified", false);
    }
  }

  public String getDisplayName() {
    return openId.getClaims().getName().orElse(openId.getSubject());
  }

  public String getEmail() {
    return openId.getClaims().getEmail().orElse("");
  }
}
