package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.ApiMethodService;
import dev.turnpike.portal.application.ApiMethodService.MethodInput;
import dev.turnpike.portal.application.Views.ApiView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The methods of an API's draft, built by hand. A method is named by its HTTP method and resource
 * path in the body (or, to delete, in the query), since resource paths hold slashes and braces.
 */
@Path("tenants/{tenantId}/apis/{apiId}/methods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiMethodsResource {
  @Inject ApiMethodService methods;
  @Inject CallerResolver callers;

  @POST
  public Response add(
      @PathParam("tenantId") String tenantId, @PathParam("apiId") String apiId, MethodInput body) {
    return Response.status(201)
        .entity(methods.add(callers.caller(), tenantId, apiId, body))
        .build();
  }

  @PUT
  public ApiView update(
      @PathParam("tenantId") String tenantId, @PathParam("apiId") String apiId, MethodInput body) {
    return methods.update(callers.caller(), tenantId, apiId, body);
  }

  @DELETE
  public ApiView delete(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @QueryParam("httpMethod") String httpMethod,
      @QueryParam("resourcePath") String resourcePath) {
    return methods.delete(callers.caller(), tenantId, apiId, httpMethod, resourcePath);
  }
}
