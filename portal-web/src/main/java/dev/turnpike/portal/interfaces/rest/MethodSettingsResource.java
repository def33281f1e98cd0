package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.AccessViews.Tagged;
import dev.turnpike.portal.application.MethodRequestService;
import dev.turnpike.portal.application.MethodRequestService.MethodRequest;
import dev.turnpike.portal.application.MethodResponseService;
import dev.turnpike.portal.application.MethodResponseService.MethodResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * One method's request (parameters, validator, models) and responses (method and integration
 * responses). The method is named by {@code httpMethod} and {@code resourcePath}: in the query to
 * read, in the body to change, since resource paths hold slashes and braces.
 */
@Path("tenants/{tenantId}/apis/{apiId}/method")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MethodSettingsResource {
  @Inject MethodRequestService requests;
  @Inject MethodResponseService responses;
  @Inject CallerResolver callers;

  @GET
  @Path("request")
  public Tagged<MethodRequest> request(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @QueryParam("httpMethod") String httpMethod,
      @QueryParam("resourcePath") String resourcePath) {
    return requests.get(callers.caller(), tenantId, apiId, httpMethod, resourcePath);
  }

  @PUT
  @Path("request")
  public Tagged<MethodRequest> updateRequest(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      MethodRequest body) {
    return requests.update(callers.caller(), tenantId, apiId, body);
  }

  @GET
  @Path("responses")
  public Tagged<MethodResponses> responses(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @QueryParam("httpMethod") String httpMethod,
      @QueryParam("resourcePath") String resourcePath) {
    return responses.get(callers.caller(), tenantId, apiId, httpMethod, resourcePath);
  }

  @PUT
  @Path("responses")
  public Tagged<MethodResponses> updateResponses(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      MethodResponses body) {
    return responses.update(callers.caller(), tenantId, apiId, body);
  }
}
