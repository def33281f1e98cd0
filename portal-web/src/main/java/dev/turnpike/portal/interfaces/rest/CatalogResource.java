package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.CatalogService;
import dev.turnpike.portal.application.CatalogView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A tenant's developer portal catalog: published API stages and their plans, searched by {@code q}
 * and filtered by {@code tag} as the portal page is. Public: the bearer filter lets {@value
 * #PATH_PREFIX} through without a token.
 */
@Path("catalog/{slug}")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {
  static final String PATH_PREFIX = "catalog/";

  @Inject CatalogService catalog;

  @GET
  public CatalogView catalog(
      @PathParam("slug") String slug, @QueryParam("q") String q, @QueryParam("tag") String tag) {
    return catalog.catalog(slug, q, tag);
  }
}
