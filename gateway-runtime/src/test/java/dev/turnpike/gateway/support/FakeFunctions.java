package dev.turnpike.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;

/**
 * Real HTTP "functions" and backends for function integration tests. Functions (POST, Lambda proxy
 * contract): {@code /fn} answers the event it got as its body, with single and multi-value headers;
 * {@code /png} answers the event's (base64) body back as {@code image/png}; {@code /malformed}
 * answers an object body (malformed); {@code /slow} answers after two seconds. Backends: {@code
 * /echo/...} echoes method, URI, headers and body (as text) as JSON; {@code /raw} answers the
 * request bytes with their content type.
 */
public final class FakeFunctions implements AutoCloseable {

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;

  public FakeFunctions() throws Exception {
    server =
        vertx
            .createHttpServer()
            .requestHandler(request -> request.body().onSuccess(body -> route(request, body)))
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
  }

  private void route(HttpServerRequest request, Buffer body) {
    String path = request.path();
    if (path.equals("/fn")) {
      answer(
          request,
          new JsonObject()
              .put("statusCode", 201)
              .put("headers", new JsonObject().put("Content-Type", "application/json"))
              .put(
                  "multiValueHeaders",
                  new JsonObject().put("Set-Cookie", new JsonArray().add("a=1").add("b=2")))
              .put("body", body.toString())
              .put("isBase64Encoded", false));
    } else if (path.equals("/png")) {
      JsonObject event = body.toJsonObject();
      answer(
          request,
          new JsonObject()
              .put("statusCode", 200)
              .put("headers", new JsonObject().put("Content-Type", "image/png"))
              .put("body", event.getString("body"))
              .put("isBase64Encoded", event.getBoolean("isBase64Encoded")));
    } else if (path.equals("/malformed")) {
      answer(
          request,
          new JsonObject().put("statusCode", 200).put("body", new JsonObject().put("a", 1)));
    } else if (path.equals("/slow")) {
      vertx.setTimer(2000, id -> request.response().end("{\"statusCode\":200}"));
    } else if (path.equals("/raw")) {
      String type = request.getHeader("Content-Type");
      request
          .response()
          .putHeader("Content-Type", type == null ? "application/octet-stream" : type)
          .putHeader("X-Seen-Id", String.valueOf(request.getHeader("X-Id")))
          .end(body);
    } else {
      JsonObject headers = new JsonObject();
      request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
      request
          .response()
          .putHeader("Content-Type", "application/json")
          .end(
              new JsonObject()
                  .put("method", request.method().name())
                  .put("uri", request.uri())
                  .put("headers", headers)
                  .put("body", body.toString())
                  .encode());
    }
  }

  private static void answer(HttpServerRequest request, JsonObject proxyResponse) {
    request.response().putHeader("Content-Type", "application/json").end(proxyResponse.encode());
  }

  /** {@code host:port}, as a stage variable would hold it. */
  public String hostPort() {
    return "127.0.0.1:" + server.actualPort();
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
