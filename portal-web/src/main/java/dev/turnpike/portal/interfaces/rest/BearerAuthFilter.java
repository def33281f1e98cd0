package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.Caller;
import dev.turnpike.portal.infrastructure.identity.BearerTokenVerifier;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Every management call needs {@code Authorization: Bearer <Keycloak access token>}; the verified
 * caller travels on as a request property.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthFilter implements ContainerRequestFilter {
  static final String CALLER = Caller.class.getName();

  @Inject BearerTokenVerifier verifier;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.startsWith("openapi") || path.startsWith(CatalogResource.PATH_PREFIX)) {
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
    verifier
        .verify(header.substring(7).trim())
        .ifPresentOrElse(
            caller -> request.setProperty(CALLER, caller),
            () ->
                request.abortWith(
                    ErrorBody.response(
                        401, "The bearer token is invalid or expired; sign in again.", List.of())));
  }

  static Caller callerOf(ContainerRequestContext request) {
    return (Caller) request.getProperty(CALLER);
  }
}
