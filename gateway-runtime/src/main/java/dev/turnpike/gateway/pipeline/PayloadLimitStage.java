package dev.turnpike.gateway.pipeline;

import dev.turnpike.gateway.error.GatewayError;
import io.vertx.core.Future;

/**
 * Refuses a request whose declared {@code Content-Length} exceeds the payload cap with 413 {@code
 * Request Entity Too Large}, before any other work. Bodies without a length are capped while they
 * are read (see the integration package).
 */
public final class PayloadLimitStage implements Stage {

  private final long maxBytes;

  public PayloadLimitStage(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Future<StageResult> apply(RequestContext context) {
    String length = context.request().getHeader("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > maxBytes) {
          return Future.succeededFuture(StageResult.refuse(GatewayError.REQUEST_TOO_LARGE));
        }
      } catch (NumberFormatException e) {
        return Future.succeededFuture(StageResult.refuse(GatewayError.REQUEST_TOO_LARGE));
      }
    }
    return Future.succeededFuture(StageResult.NEXT);
  }
}
