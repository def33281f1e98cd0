package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.AccessViews.Tagged;
import dev.turnpike.portal.application.GatewayResponseService;
import dev.turnpike.portal.application.GatewayResponseService.GatewayResponseView;
import dev.turnpike.portal.application.GatewayResponseService.GatewayResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An API's gateway response overrides, by type (DEFAULT_4XX, INVALID_API_KEY, ...). */
@Path("tenants/{tenantId}/apis/{apiId}/gateway-responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GatewayResponsesResource {
  @Inject GatewayResponseService responses;
  @Inject CallerResolver callers;

  @GET
  public Tagged<GatewayResponses> list(
      @PathParam("tenantId") String tenantId, @PathParam("apiId") String apiId) {
    return responses.list(callers.caller(), tenantId, apiId);
  }

  @PUT
  @Path("{type}")
  public Tagged<GatewayResponses> put(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @PathParam("type") String type,
      GatewayResponseView body) {
    return responses.put(callers.caller(), tenantId, apiId, type, body);
  }

  @DELETE
  @Path("{type}")
  public Tagged<GatewayResponses> delete(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @PathParam("type") String type) {
    return responses.delete(callers.caller(), tenantId, apiId, type);
  }
}
