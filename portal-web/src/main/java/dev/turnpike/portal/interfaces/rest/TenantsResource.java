package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.TenantService;
import dev.turnpike.portal.application.Views.TenantView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The tenants the caller belongs to. */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsResource {
  public record NewTenant(String displayName, String slug) {}

  @Inject TenantService tenants;
  @Inject CallerResolver callers;

  @GET
  public List<TenantView> mine() {
    return tenants.mine(callers.caller());
  }

  @POST
  public Response create(NewTenant body) {
    NewTenant request = body == null ? new NewTenant(null, null) : body;
    TenantView created = tenants.create(callers.caller(), request.displayName(), request.slug());
    return Response.status(201).entity(created).build();
  }
}
