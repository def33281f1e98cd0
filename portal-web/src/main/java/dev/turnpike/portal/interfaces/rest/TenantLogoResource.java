package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.AccessViews.TenantDetails;
import dev.turnpike.portal.application.LogoCheck;
import dev.turnpike.portal.application.TenantLogoService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A tenant's portal logo, uploaded as the raw request body. Any Content-Type is taken in, because
 * the image's own bytes decide what it is; the body is read only up to one byte past the limit, so
 * a huge upload costs no more memory than a small one. The logo itself is served publicly at {@code
 * /portal/{slug}/logo}.
 */
@Path("tenants/{tenantId}/logo")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class TenantLogoResource {
  @Inject TenantLogoService logos;
  @Inject CallerResolver callers;

  @PUT
  public TenantDetails upload(
      @PathParam("tenantId") String tenantId,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    return logos.upload(callers.caller(), tenantId, readCapped(body), contentType);
  }

  @DELETE
  public TenantDetails remove(@PathParam("tenantId") String tenantId) {
    return logos.remove(callers.caller(), tenantId);
  }

  private static byte[] readCapped(InputStream body) {
    if (body == null) {
      return new byte[0];
    }
    try (InputStream in = body) {
      return in.readNBytes(LogoCheck.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the uploaded logo", e);
    }
  }
}
