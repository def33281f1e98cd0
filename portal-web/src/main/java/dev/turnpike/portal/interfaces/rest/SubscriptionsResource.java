package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.SubscriptionService;
import dev.turnpike.portal.application.SubscriptionView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A tenant's subscriptions as its members see them: list, approve, reject with a reason. */
@Path("tenants/{tenantId}/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {
  public record Rejection(String reason) {}

  @Inject SubscriptionService subscriptions;
  @Inject CallerResolver callers;

  @GET
  public List<SubscriptionView> list(@PathParam("tenantId") String tenantId) {
    return subscriptions.ofTenant(callers.caller(), tenantId);
  }

  @POST
  @Path("{subscriptionId}/approve")
  public SubscriptionView approve(
      @PathParam("tenantId") String tenantId, @PathParam("subscriptionId") String id) {
    return subscriptions.approve(callers.caller(), tenantId, id);
  }

  @POST
  @Path("{subscriptionId}/reject")
  public SubscriptionView reject(
      @PathParam("tenantId") String tenantId,
      @PathParam("subscriptionId") String id,
      Rejection body) {
    return subscriptions.reject(
        callers.caller(), tenantId, id, body == null ? null : body.reason());
  }
}
