package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.KeyService;
import dev.turnpike.portal.application.Views.CreatedKey;
import dev.turnpike.portal.application.Views.KeyView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A tenant's API keys; a new key's value is in the creation response and nowhere else. */
@Path("tenants/{tenantId}/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeysResource {
  public record NewKey(String name, String owner, List<String> usagePlanIds) {}

  @Inject KeyService keys;
  @Inject CallerResolver callers;

  @GET
  public List<KeyView> list(@PathParam("tenantId") String tenantId) {
    return keys.list(callers.caller(), tenantId);
  }

  @POST
  public Response create(@PathParam("tenantId") String tenantId, NewKey body) {
    NewKey request = body == null ? new NewKey(null, null, null) : body;
    CreatedKey created =
        keys.create(
            callers.caller(), tenantId, request.name(), request.owner(), request.usagePlanIds());
    return Response.status(201).header("Cache-Control", "no-store").entity(created).build();
  }

  @DELETE
  @Path("{keyId}")
  public KeyView revoke(@PathParam("tenantId") String tenantId, @PathParam("keyId") String keyId) {
    return keys.revoke(callers.caller(), tenantId, keyId);
  }
}
