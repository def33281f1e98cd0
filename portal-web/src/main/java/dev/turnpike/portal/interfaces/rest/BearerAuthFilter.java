package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.AccessTokenService;
import dev.turnpike.portal.application.Caller;
import dev.turnpike.portal.application.Invitations;
import dev.turnpike.portal.infrastructure.identity.BearerTokenVerifier;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;

/**
 * Every management call needs {@code Authorization: Bearer <token>}: a Keycloak access token, or a
 * personal access token ({@code tpat_...}) that acts in its own tenant only. The verified caller
 * travels on as a request property; a person's open invitations are claimed on the way.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthFilter implements ContainerRequestFilter {
  static final String CALLER = Caller.class.getName();

  @Inject BearerTokenVerifier verifier;
  @Inject AccessTokenService accessTokens;
  @Inject Invitations invitations;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    // Exact paths: a prefix like "openapi" would also let "openapiX/..." through unauthenticated.
    if (path.equals("openapi.yaml") || path.startsWith(CatalogResource.PATH_PREFIX)) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      request.abortWith(
          ErrorBody.response(
              401,
              "Send a Keycloak access token as 'Authorization: Bearer <token>' (see README: CLI).",
              List.of()));
      return;
    }
    String token = header.substring(7).trim();
    Optional<Caller> caller =
        token.startsWith(AccessTokenService.MARKER)
            ? accessTokens.authenticate(token)
            : verifier.verify(token);
    caller.ifPresentOrElse(
        verified -> {
          invitations.claim(verified);
          request.setProperty(CALLER, verified);
        },
        () ->
            request.abortWith(
                ErrorBody.response(
                    401,
                    "The bearer token is invalid or expired (or revoked); sign in again.",
                    List.of())));
  }

  static Caller callerOf(ContainerRequestContext request) {
    return (Caller) request.getProperty(CALLER);
  }
}
