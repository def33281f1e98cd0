package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.pipeline.BodyReader;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.StageResult;
import io.vertx.core.Future;
import java.util.function.Function;

/**
 * Reads the whole request body (for integrations that need it buffered: mock, HTTP, function) and
 * refuses it with 413 past the cap; only a body within the cap reaches {@code then}.
 */
final class WholeBody {
  private WholeBody() {}

  static Future<StageResult> then(
      RequestContext context,
      long maxBodyBytes,
      Function<BodyReader.Body, Future<StageResult>> then) {
    return context
        .body(maxBodyBytes)
        .compose(
            body ->
                body.tooLarge()
                    ? Future.succeededFuture(StageResult.refuse(GatewayError.REQUEST_TOO_LARGE))
                    : then.apply(body));
  }
}
