package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.AccessViews.MemberView;
import dev.turnpike.portal.application.MemberService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A tenant's members and invitations (an invitation is a member with status "invited"). */
@Path("tenants/{tenantId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {
  public record Invitation(String email, String role) {}

  public record RoleChange(String role) {}

  @Inject MemberService members;
  @Inject CallerResolver callers;

  @GET
  public List<MemberView> list(@PathParam("tenantId") String tenantId) {
    return members.list(callers.caller(), tenantId);
  }

  @POST
  public Response invite(@PathParam("tenantId") String tenantId, Invitation body) {
    Invitation request = body == null ? new Invitation(null, null) : body;
    MemberView invited =
        members.invite(callers.caller(), tenantId, request.email(), request.role());
    return Response.status(201).entity(invited).build();
  }

  @GET
  @Path("{memberId}")
  public MemberView get(
      @PathParam("tenantId") String tenantId, @PathParam("memberId") String memberId) {
    return members.get(callers.caller(), tenantId, memberId);
  }

  @PATCH
  @Path("{memberId}")
  public MemberView changeRole(
      @PathParam("tenantId") String tenantId,
      @PathParam("memberId") String memberId,
      RoleChange body) {
    return members.changeRole(
        callers.caller(), tenantId, memberId, body == null ? null : body.role());
  }

  @DELETE
  @Path("{memberId}")
  public Response remove(
      @PathParam("tenantId") String tenantId, @PathParam("memberId") String memberId) {
    members.remove(callers.caller(), tenantId, memberId);
    return Response.noContent().build();
  }
}
