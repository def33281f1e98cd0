package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.PortalException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: framework errors keep their status with a readable message; a real failure is
 * logged with a reference the caller can quote, and never shows a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof PortalException portal) {
      return new PortalExceptionMapper().toResponse(portal);
    }
    if (cause instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      String message =
          status == 404
              ? "No such endpoint in the management API; check the path and the HTTP method."
              : web.getMessage();
      return ErrorBody.response(status, message, List.of());
    }
    if (unreadableBody(cause)) {
      return ErrorBody.response(
          400,
          "The request body is not valid JSON for this endpoint; check the syntax and field types.",
          List.of());
    }
    if (cause instanceof jakarta.persistence.OptimisticLockException
        || cause instanceof RollbackException) {
      return ErrorBody.response(
          409, "Someone else changed this at the same time; reload and try again.", List.of());
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, error);
    return ErrorBody.response(
        500, "Internal error; quote reference " + reference + " to your operator.", List.of());
  }

  /** JSON-B's parse errors arrive wrapped in the JAX-RS runtime's ProcessingException. */
  private static boolean unreadableBody(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof EJBException
            || current instanceof jakarta.transaction.TransactionalException
            || current.getClass().getName().startsWith("jakarta.enterprise.inject"))
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
