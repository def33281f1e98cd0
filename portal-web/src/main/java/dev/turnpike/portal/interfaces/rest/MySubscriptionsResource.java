package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.SubscriptionService;
import dev.turnpike.portal.application.SubscriptionView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller's own subscriptions across every tenant: naming a key, cancelling one. */
@Path("me/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class MySubscriptionsResource {
  @Inject SubscriptionService subscriptions;
  @Inject CallerResolver callers;

  @GET
  public List<SubscriptionView> mine() {
    return subscriptions.mine(callers.caller());
  }

  /** Body {@code {"name": "staging app"}}: 1 to 64 printable characters. */
  @PUT
  @Path("{subscriptionId}/key-name")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubscriptionView nameKey(@PathParam("subscriptionId") String id, KeyNameBody body) {
    return subscriptions.nameKey(callers.caller(), id, body == null ? null : body.name());
  }

  public record KeyNameBody(String name) {}

  @DELETE
  @Path("{subscriptionId}")
  public SubscriptionView cancel(@PathParam("subscriptionId") String id) {
    return subscriptions.cancel(callers.caller(), id);
  }
}
