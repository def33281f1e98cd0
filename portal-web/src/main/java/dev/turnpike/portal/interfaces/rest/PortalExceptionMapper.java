package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.PortalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Expected refusals become their status and message. */
@Provider
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {
  @Override
  public Response toResponse(PortalException e) {
    return ErrorBody.response(e.kind().status(), e.getMessage(), e.details());
  }
}
