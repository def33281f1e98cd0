package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.StageResult;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;

/** Writes a buffered integration answer to the client. */
final class Replies {
  private Replies() {}

  static Future<StageResult> send(RequestContext context, MappedResponse mapped) {
    HttpServerResponse response = context.request().response();
    response.setStatusCode(mapped.status());
    MultiMap headers = mapped.headers();
    response.headers().addAll(headers);
    if (!headers.contains("Content-Type") && mapped.body().length() > 0) {
      response.putHeader("Content-Type", "application/json");
    }
    response.headers().remove("Content-Length");
    return response.end(mapped.body()).map(StageResult.DONE);
  }
}
