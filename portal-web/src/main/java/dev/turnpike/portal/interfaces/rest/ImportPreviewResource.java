package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.ApiService;
import dev.turnpike.portal.application.ImportPreview;
import dev.turnpike.portal.application.ImportPreviewService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What an import would do, stored nowhere: the body is the document, or empty with {@code ?url=} to
 * have the portal fetch it; {@code ?replacing=apiId} compares it with that API's draft.
 */
@Path("tenants/{tenantId}/apis/preview")
@Produces(MediaType.APPLICATION_JSON)
public class ImportPreviewResource {
  @Inject ImportPreviewService previews;
  @Inject CallerResolver callers;
  @Inject ApiService apis;

  @POST
  @Consumes({
    "application/yaml",
    "application/x-yaml",
    "text/yaml",
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_PLAIN
  })
  public Response preview(
      @PathParam("tenantId") String tenantId,
      @QueryParam("replacing") String replacing,
      @QueryParam("url") String url,
      String document) {
    String text =
        url == null || url.isBlank() ? document : previews.fetch(callers.caller(), tenantId, url);
    ImportPreview preview = previews.preview(callers.caller(), tenantId, text, replacing);
    Response.ResponseBuilder response = Response.ok(preview);
    if (preview.replacingApiId() != null) {
      // The draft the preview compared with: send it as If-Match when importing, so a draft
      // changed in between is refused (412) instead of overwritten unseen.
      long version = apis.get(callers.caller(), tenantId, preview.replacingApiId()).draftVersion();
      response.tag(new EntityTag(String.valueOf(version)));
    }
    return response.build();
  }
}
