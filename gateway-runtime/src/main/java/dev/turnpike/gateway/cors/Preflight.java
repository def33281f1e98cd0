package dev.turnpike.gateway.cors;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.StageResult;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;

/** Answers a preflight from the gateway itself: 204, no body, the given headers. */
final class Preflight {

  private Preflight() {}

  static Future<StageResult> answer(RequestContext context, Map<String, String> headers) {
    HttpServerRequest request = context.request();
    if (context.trace().on()) {
      context.trace().add("cors", "preflight answered by the gateway " + headers.keySet());
    }
    // The request was paused for the pipeline; read its (normally empty) body to the end so the
    // connection can be kept alive.
    request.handler(chunk -> {});
    request.exceptionHandler(e -> {});
    request.resume();
    headers.forEach(request.response()::putHeader);
    request.response().setStatusCode(204).end();
    return Future.succeededFuture(StageResult.DONE);
  }
}
