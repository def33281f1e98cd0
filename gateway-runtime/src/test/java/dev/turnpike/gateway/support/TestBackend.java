package dev.turnpike.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;

/**
 * A real backend for gateway tests: {@code GET /pets} answers a JSON list, {@code GET
 * /petstore/pets} Amazon's PetStore list, {@code /slow} answers after two seconds, anything else
 * echoes method, URI, headers and body as JSON.
 */
public final class TestBackend implements AutoCloseable {

  public static final String PETS = "[{\"id\":1,\"name\":\"Rex\"}]";

  /** What Amazon's PetStore backend answers on {@code GET /petstore/pets}. */
  public static final String AWS_PETS =
      "[{\"id\":1,\"type\":\"dog\",\"price\":249.99},"
          + "{\"id\":2,\"type\":\"cat\",\"price\":124.99},"
          + "{\"id\":3,\"type\":\"fish\",\"price\":0.99}]";

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;

  public TestBackend() throws Exception {
    server =
        vertx
            .createHttpServer()
            .requestHandler(
                request -> {
                  if (request.path().equals("/pets")) {
                    request.response().putHeader("Content-Type", "application/json").end(PETS);
                  } else if (request.path().equals("/petstore/pets")
                      && request.method().name().equals("GET")) {
                    request.response().putHeader("Content-Type", "application/json").end(AWS_PETS);
                  } else if (request.path().startsWith("/slow")) {
                    vertx.setTimer(2000, id -> request.response().end("late"));
                  } else {
                    request
                        .body()
                        .onSuccess(
                            body -> {
                              JsonObject headers = new JsonObject();
                              request
                                  .headers()
                                  .forEach(
                                      h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                              request
                                  .response()
                                  .putHeader("Content-Type", "application/json")
                                  .putHeader("X-Backend", "echo")
                                  .end(
                                      new JsonObject()
                                          .put("method", request.method().name())
                                          .put("uri", request.uri())
                                          .put("headers", headers)
                                          .put("body", body.toString())
                                          .encode());
                            });
                  }
                })
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
  }

  public String url() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
