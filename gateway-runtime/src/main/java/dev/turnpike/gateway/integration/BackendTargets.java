package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.state.BackendTarget;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The backend URL of one request from the method's compiled target: path parameters (mapped ones
 * first) filled in and the query string appended. A target that cannot be called (an undefined
 * stage variable, a Lambda ARN) gives null after logging why and noting it for the access log; the
 * caller answers 500 {@code Internal server error}.
 */
final class BackendTargets {
  private BackendTargets() {}

  private static final Logger LOG = Logger.getLogger(BackendTargets.class.getName());

  static String uri(RequestContext context, RequestParameters parameters, String rawQuery) {
    BackendTarget target = context.method().target();
    if (target == null || !target.usable()) {
      String why =
          context.method().definition().methodKey()
              + ": "
              + (target == null ? "no backend uri" : target.problem());
      context.failureNote(why.replace('"', '\''));
      LOG.log(Level.WARNING, "Request {0}: {1}", new Object[] {context.requestId(), why});
      return null;
    }
    return BackendUri.build(
        target.template(),
        parameters.pathParameters(context.pathParameters()),
        parameters.query(rawQuery));
  }
}
