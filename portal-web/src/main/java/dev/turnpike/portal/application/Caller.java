package dev.turnpike.portal.application;

import dev.turnpike.portal.domain.model.tenant.TenantRole;
import java.util.Set;

/**
 * The person (or token) making a request, as the identity provider vouched for them. Built by the
 * web layer from the OpenID Connect session and by the REST layer from a bearer token. {@code
 * emailVerified} says whether the identity provider checked the e-mail (only then may it claim an
 * invitation); {@code token} is set when a personal access token acts for the person.
 */
public record Caller(
    String email,
    String displayName,
    Set<String> realmRoles,
    boolean emailVerified,
    TokenScope token) {

  /** What a personal access token limits its caller to: one tenant, at most one role. */
  public record TokenScope(String tokenId, String tenantId, TenantRole role) {}

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

  /** A person with an unverified e-mail, acting with everything their memberships allow. */
  public Caller(String email, String displayName, Set<String> realmRoles) {
    this(email, displayName, realmRoles, false, null);
  }

  /** True when a personal access token lets this caller act in the tenant at all. */
  public boolean mayEnter(String tenantId) {
    return token == null || token.tenantId().equals(tenantId);
  }

  public boolean canBuildApis() {
    // A token acts only within its tenant: it cannot create new ones.
    return token == null
        && (realmRoles.contains(API_DEVELOPER) || realmRoles.contains(PLATFORM_ADMIN));
  }
}
