package dev.turnpike.gateway.server;

import dev.turnpike.gateway.pipeline.RequestContext;
import java.util.logging.Logger;

/**
 * One line per request on the {@code dev.turnpike.gateway.access} logger, in the node's {@link
 * AccessLogFormat} (by default: request id, API, stage, method, path, status, latency, key id and,
 * for a failed mapping template, the template, line and cause). Never the API key or bodies. The
 * standalone node writes these lines off the event loop ({@link AsyncLogHandler}); embedded, the
 * host's logging decides.
 */
final class AccessLog {

  static final Logger LOG = Logger.getLogger("dev.turnpike.gateway.access");

  private final AccessLogFormat format;

  AccessLog(AccessLogFormat format) {
    this.format = format;
  }

  String line(RequestContext context) {
    return format.render(context);
  }

  void log(RequestContext context) {
    if (LOG.isLoggable(java.util.logging.Level.INFO)) {
      LOG.info(format.render(context));
    }
  }
}
