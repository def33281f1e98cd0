package dev.turnpike.portal.application;

import java.util.Set;

/**
 * The person (or token) making a request, as the identity provider vouched for them. Built by the
 * web layer from the OpenID Connect session and by the REST layer from a bearer token.
 */
public record Caller(String email, String displayName, Set<String> realmRoles) {
  public static final String API_DEVELOPER = "api-developer";
  public static final String PLATFORM_ADMIN = "platform-admin";

  public Caller {
    if (email == null || email.isBlank()) {
      throw new PortalException(
          PortalException.Kind.UNAUTHENTICATED,
          "Your identity carries no e-mail address; ask an administrator to add one in Keycloak.");
    }
    email = email.trim().toLowerCase(java.util.Locale.ROOT);
    realmRoles = realmRoles == null ? Set.of() : Set.copyOf(realmRoles);
  }

  public boolean canBuildApis() {
    return realmRoles.contains(API_DEVELOPER) || realmRoles.contains(PLATFORM_ADMIN);
  }
}
