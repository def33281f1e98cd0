package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.PortalException.Detail;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The JSON error every management endpoint answers with. */
public record ErrorBody(String message, List<Detail> details) {
  static Response response(int status, String message, List<Detail> details) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(message, details))
        .build();
  }
}
