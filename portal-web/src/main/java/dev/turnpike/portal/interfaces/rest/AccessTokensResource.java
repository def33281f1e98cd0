package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.AccessTokenService;
import dev.turnpike.portal.application.AccessViews.CreatedToken;
import dev.turnpike.portal.application.AccessViews.TokenView;
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

/** Personal access tokens for one tenant; a token's value is in the creation response only. */
@Path("tenants/{tenantId}/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessTokensResource {
  public record NewToken(String name, String role, Integer expiresInDays) {}

  @Inject AccessTokenService tokens;
  @Inject CallerResolver callers;

  @GET
  public List<TokenView> list(@PathParam("tenantId") String tenantId) {
    return tokens.list(callers.caller(), tenantId);
  }

  @POST
  public Response create(@PathParam("tenantId") String tenantId, NewToken body) {
    NewToken request = body == null ? new NewToken(null, null, null) : body;
    CreatedToken created =
        tokens.create(
            callers.caller(), tenantId, request.name(), request.role(), request.expiresInDays());
    return Response.status(201).header("Cache-Control", "no-store").entity(created).build();
  }

  @DELETE
  @Path("{tokenId}")
  public TokenView revoke(
      @PathParam("tenantId") String tenantId, @PathParam("tokenId") String tokenId) {
    return tokens.revoke(callers.caller(), tenantId, tokenId);
  }
}
