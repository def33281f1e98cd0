package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.ImportPreview;
import dev.turnpike.portal.application.ImportPreviewService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * What an import would do, stored nowhere: the body is the document, or empty with {@code ?url=} to
 * have the portal fetch it; {@code ?replacing=apiId} compares it with that API's draft.
 */
@Path("tenants/{tenantId}/apis/preview")
@Produces(MediaType.APPLICATION_JSON)
public class ImportPreviewResource {
  @Inject ImportPreviewService previews;
  @Inject CallerResolver callers;

  @POST
  @Consumes({
    "application/yaml",
    "application/x-yaml",
    "text/yaml",
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_PLAIN
  })
  public ImportPreview preview(
      @PathParam("tenantId") String tenantId,
      @QueryParam("replacing") String replacing,
      @QueryParam("url") String url,
      String document) {
    String text =
        url == null || url.isBlank() ? document : previews.fetch(callers.caller(), tenantId, url);
    return previews.preview(callers.caller(), tenantId, text, replacing);
  }
}
