package dev.turnpike.portal.interfaces.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * The management API's own OpenAPI document, hand-written (a test checks that it names every
 * resource method, so it cannot drift). Public, like any API's published contract: the bearer
 * filter lets paths starting with "openapi" through.
 */
@Path("openapi.yaml")
public class OpenApiResource {
  static final String DOCUMENT = "/openapi/management-v1.yaml";

  @GET
  @Produces("application/yaml")
  public Response document() {
    InputStream yaml = OpenApiResource.class.getResourceAsStream(DOCUMENT);
    if (yaml == null) {
      throw new IllegalStateException(DOCUMENT + " is missing from the WAR");
    }
    return Response.ok(yaml).header("Cache-Control", "max-age=300").build();
  }
}
