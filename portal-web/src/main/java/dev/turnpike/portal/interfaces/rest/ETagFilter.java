package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.AccessViews.Tagged;
import dev.turnpike.portal.application.IfMatch;
import dev.turnpike.portal.application.Preconditions;
import dev.turnpike.portal.application.Views.ApiView;
import dev.turnpike.portal.domain.model.Versioned;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Optimistic locking for the whole management API in one place: a response whose body is {@link
 * Versioned} gets an {@code ETag} (a {@link Tagged} body is unwrapped to its view), and the {@code
 * If-Match} of a change is handed to {@link Preconditions}, which the use cases consult right
 * before they change a row.
 */
@Provider
public class ETagFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final Set<String> CHANGES =
      Set.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  @Inject IfMatch ifMatch;

  @Override
  public void filter(ContainerRequestContext request) {
    if (CHANGES.contains(request.getMethod())) {
      ifMatch.set(request.getHeaderString(HttpHeaders.IF_MATCH));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof ApiView api) {
      // An API's own "version" is its document's; its ETag is the draft's row version.
      response.getHeaders().putSingle(HttpHeaders.ETAG, Preconditions.etag(api.draftVersion()));
    }
    if (response.getEntity() instanceof Versioned versioned) {
      response.getHeaders().putSingle(HttpHeaders.ETAG, Preconditions.etag(versioned.version()));
      if (versioned instanceof Tagged<?> tagged) {
        response.setEntity(tagged.body());
      }
    }
  }
}
