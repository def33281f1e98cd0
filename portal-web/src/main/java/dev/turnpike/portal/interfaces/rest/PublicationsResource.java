package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.PublicationService;
import dev.turnpike.portal.application.PublicationView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Whether an API stage shows in the tenant's developer portal, and how it is introduced there. */
@Path("tenants/{tenantId}/apis/{apiId}/stages/{stage}/publication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicationsResource {
  /**
   * {@code documentation} is Markdown; {@code tags} are lower-case words (left out: kept as they
   * are, {@code []}: none).
   */
  public record PublicationRequest(String description, String documentation, List<String> tags) {}

  @Inject PublicationService publications;
  @Inject CallerResolver callers;

  @GET
  public PublicationView get(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @PathParam("stage") String stage) {
    return publications.get(callers.caller(), tenantId, apiId, stage);
  }

  @PUT
  public PublicationView publish(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @PathParam("stage") String stage,
      PublicationRequest body) {
    PublicationRequest request = body == null ? new PublicationRequest(null, null, null) : body;
    return publications.publish(
        callers.caller(),
        tenantId,
        apiId,
        stage,
        request.description(),
        request.documentation(),
        request.tags());
  }

  @DELETE
  public Response unpublish(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @PathParam("stage") String stage) {
    publications.unpublish(callers.caller(), tenantId, apiId, stage);
    return Response.noContent().build();
  }
}
