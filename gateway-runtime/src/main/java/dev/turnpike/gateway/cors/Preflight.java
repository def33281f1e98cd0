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
    headers.forEach(request.response()::putHeader);
    request.response().setStatusCode(204);
    if (request.isEnded()) {
      request.response().end();
    } else {
      // The request was paused for the pipeline: read its (normally empty) body to its end before
      // answering, or Vert.x would close the connection and the browser would reconnect.
      request.handler(chunk -> {});
      request.exceptionHandler(e -> request.response().reset());
      request.endHandler(v -> request.response().end());
      request.resume();
    }
    return Future.succeededFuture(StageResult.DONE);
  }
}
