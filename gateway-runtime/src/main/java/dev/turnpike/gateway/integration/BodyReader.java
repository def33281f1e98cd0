package dev.turnpike.gateway.integration;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads a request body into memory up to a cap. Past the cap it stops at once with {@code
 * tooLarge}, so a huge upload is not held in memory.
 */
final class BodyReader {
  private BodyReader() {}

  record Body(Buffer buffer, boolean tooLarge) {
    String text() {
      return buffer.toString();
    }
  }

  static Future<Body> read(HttpServerRequest request, long maxBytes) {
    Promise<Body> promise = Promise.promise();
    Buffer buffer = Buffer.buffer();
    request.handler(
        chunk -> {
          if (buffer.length() + chunk.length() > maxBytes) {
            promise.tryComplete(new Body(Buffer.buffer(), true));
          } else {
            buffer.appendBuffer(chunk);
          }
        });
    request.endHandler(v -> promise.tryComplete(new Body(buffer, false)));
    request.exceptionHandler(promise::tryFail);
    request.resume();
    return promise.future();
  }
}
