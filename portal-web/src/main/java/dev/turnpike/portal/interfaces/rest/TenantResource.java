package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.AccessViews.TenantDetails;
import dev.turnpike.portal.application.TenantSettingsService;
import dev.turnpike.portal.application.TenantSettingsService.TenantSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * One tenant and its settings. Its own class beside {@link TenantsResource}: JAX-RS picks the root
 * resource with the longer literal path, so {@code /tenants/{id}} lands here and the nested
 * resources ({@code /tenants/{id}/apis}, ...) still reach theirs.
 */
@Path("tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {
  @Inject TenantSettingsService tenants;
  @Inject CallerResolver callers;

  @GET
  public TenantDetails get(@PathParam("tenantId") String tenantId) {
    return tenants.get(callers.caller(), tenantId);
  }

  /** Display name, slug and account-level throttle; a field left out keeps its value. */
  @PATCH
  public TenantDetails configure(@PathParam("tenantId") String tenantId, TenantSettings body) {
    return tenants.configure(callers.caller(), tenantId, body);
  }
}
