package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.MappingTemplateService;
import dev.turnpike.portal.application.MappingTemplateService.MethodTemplates;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The mapping templates of an API's draft, per method: read them all, or replace one method's (the
 * method is named in the body, since resource paths hold slashes and braces).
 */
@Path("tenants/{tenantId}/apis/{apiId}/templates")
@Produces(MediaType.APPLICATION_JSON)
public class MappingTemplatesResource {
  @Inject MappingTemplateService templates;
  @Inject CallerResolver callers;

  @GET
  public List<MethodTemplates> list(
      @PathParam("tenantId") String tenantId, @PathParam("apiId") String apiId) {
    return templates.list(callers.caller(), tenantId, apiId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public MethodTemplates update(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      MethodTemplates body) {
    return templates.update(callers.caller(), tenantId, apiId, body);
  }
}
