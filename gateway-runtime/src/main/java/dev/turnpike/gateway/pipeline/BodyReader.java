package dev.turnpike.gateway.pipeline;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads a request body into memory up to a cap. Past the cap it stops at once with {@code
 * tooLarge}, so a huge upload is not held in memory.
 */
public final class BodyReader {
  private BodyReader() {}

  /** The body read, or {@code tooLarge} (and empty) past the cap. */
  public record Body(Buffer buffer, boolean tooLarge) {
    public String text() {
      return buffer.toString();
    }
  }

  public static Future<Body> read(HttpServerRequest request, long maxBytes) {
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
