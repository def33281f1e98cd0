package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.AccessViews.Tagged;
import dev.turnpike.portal.application.ApiModelService;
import dev.turnpike.portal.application.ApiModelService.ModelInput;
import dev.turnpike.portal.application.ApiModelService.ModelView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The models (JSON Schema draft 4) of an API's draft; every answer carries the API's ETag. */
@Path("tenants/{tenantId}/apis/{apiId}/models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiModelsResource {
  @Inject ApiModelService models;
  @Inject CallerResolver callers;

  @GET
  public Tagged<List<ModelView>> list(
      @PathParam("tenantId") String tenantId, @PathParam("apiId") String apiId) {
    return models.list(callers.caller(), tenantId, apiId);
  }

  @POST
  public Response create(
      @PathParam("tenantId") String tenantId, @PathParam("apiId") String apiId, ModelInput body) {
    return Response.status(201)
        .entity(models.create(callers.caller(), tenantId, apiId, body))
        .build();
  }

  @GET
  @Path("{name}")
  public Tagged<ModelView> get(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @PathParam("name") String name) {
    return models.get(callers.caller(), tenantId, apiId, name);
  }

  @PUT
  @Path("{name}")
  public Tagged<ModelView> update(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @PathParam("name") String name,
      ModelInput body) {
    return models.update(callers.caller(), tenantId, apiId, name, body);
  }

  @DELETE
  @Path("{name}")
  public Tagged<List<ModelView>> delete(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @PathParam("name") String name) {
    return models.delete(callers.caller(), tenantId, apiId, name);
  }
}
