package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.AccessViews.Tagged;
import dev.turnpike.portal.application.PlanService;
import dev.turnpike.portal.application.PlanService.PlanRequest;
import dev.turnpike.portal.application.VersionedReads;
import dev.turnpike.portal.application.Views.PlanView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A tenant's usage plans. */
@Path("tenants/{tenantId}/usage-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {
  @Inject PlanService plans;
  @Inject VersionedReads versioned;
  @Inject CallerResolver callers;

  @GET
  public List<PlanView> list(@PathParam("tenantId") String tenantId) {
    return plans.list(callers.caller(), tenantId);
  }

  /** One plan, with its ETag. */
  @GET
  @Path("{planId}")
  public Tagged<PlanView> get(
      @PathParam("tenantId") String tenantId, @PathParam("planId") String planId) {
    return versioned.plan(callers.caller(), tenantId, planId);
  }

  @POST
  public Response create(@PathParam("tenantId") String tenantId, PlanRequest body) {
    PlanRequest request =
        body == null ? new PlanRequest(null, null, null, null, null, null, null, null) : body;
    return Response.status(201).entity(plans.create(callers.caller(), tenantId, request)).build();
  }
}
