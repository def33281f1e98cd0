package dev.turnpike.gateway.server;

import dev.turnpike.gateway.pipeline.RequestContext;
import java.util.logging.Logger;

/**
 * One line per request on the {@code dev.turnpike.gateway.access} logger: request id, API, stage,
 * method, path, status and latency, and for a failed mapping template the template (method and
 * content type), line and cause. Never the API key or bodies. The standalone node writes these
 * lines off the event loop ({@link AsyncLogHandler}); embedded, the host's logging decides.
 */
final class AccessLog {

  static final Logger LOG = Logger.getLogger("dev.turnpike.gateway.access");

  void log(RequestContext context) {
    if (!LOG.isLoggable(java.util.logging.Level.INFO)) {
      return;
    }
    LOG.info(
        "requestId="
            + context.requestId()
            + " apiId="
            + context.apiId()
            + " stage="
            + context.stage()
            + " method="
            + context.request().method().name()
            + " path="
            + context.request().path()
            + " status="
            + context.request().response().getStatusCode()
            + " latencyMs="
            + context.elapsedMillis()
            + " keyId="
            + (context.apiKey() == null ? "-" : context.apiKey().keyId())
            + (context.failureNote() == null ? "" : " error=\"" + context.failureNote() + "\""));
  }
}
