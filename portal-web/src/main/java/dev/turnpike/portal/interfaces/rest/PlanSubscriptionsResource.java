package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.SubscriptionService;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An app developer subscribing to a usage plan of a tenant they need not belong to. The answer
 * carries the new key's value, once.
 */
@Path("tenants/{tenantId}/usage-plans/{planId}/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class PlanSubscriptionsResource {
  @Inject SubscriptionService subscriptions;
  @Inject CallerResolver callers;

  @POST
  public Response subscribe(
      @PathParam("tenantId") String tenantId, @PathParam("planId") String planId) {
    return Response.status(201)
        .header("Cache-Control", "no-store")
        .entity(subscriptions.subscribe(callers.caller(), tenantId, planId))
        .build();
  }
}
