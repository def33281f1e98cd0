package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.KeyService;
import dev.turnpike.portal.application.UsageService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A tenant's API keys; a new key's value is in the creation response and nowhere else. */
@Path("tenants/{tenantId}/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeysResource {
  public record NewKey(String name, String owner, List<String> usagePlanIds) {}

  public record Rotation(Long overlapSeconds) {}

  @Inject KeyService keys;
  @Inject UsageService usage;
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

  /** A replacement key, shown once; the old one keeps working for the overlap. */
  @POST
  @Path("{keyId}/rotate")
  public Response rotate(
      @PathParam("tenantId") String tenantId, @PathParam("keyId") String keyId, Rotation body) {
    CreatedKey created =
        keys.rotate(callers.caller(), tenantId, keyId, body == null ? null : body.overlapSeconds());
    return Response.status(201).header("Cache-Control", "no-store").entity(created).build();
  }

  /** Like AWS's get-usage: requests per day between two dates (default: the last 30 days). */
  @GET
  @Path("{keyId}/usage")
  public UsageService.KeyUsage usage(
      @PathParam("tenantId") String tenantId,
      @PathParam("keyId") String keyId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return usage.ofKey(callers.caller(), tenantId, keyId, from, to);
  }

  @DELETE
  @Path("{keyId}")
  public KeyView revoke(@PathParam("tenantId") String tenantId, @PathParam("keyId") String keyId) {
    return keys.revoke(callers.caller(), tenantId, keyId);
  }
}
