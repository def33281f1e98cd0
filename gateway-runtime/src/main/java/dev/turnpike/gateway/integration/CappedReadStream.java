package dev.turnpike.gateway.integration;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Passes a body stream through while counting its bytes; past the cap it stops passing data on and
 * calls {@code onOverflow} once, so a streamed proxy body is capped like a buffered one.
 */
final class CappedReadStream implements ReadStream<Buffer> {

  private final ReadStream<Buffer> source;
  private final long maxBytes;
  private final Runnable onOverflow;
  private long seen;
  private boolean overflowed;

  CappedReadStream(ReadStream<Buffer> source, long maxBytes, Runnable onOverflow) {
    this.source = source;
    this.maxBytes = maxBytes;
    this.onOverflow = onOverflow;
  }

  @Override
  public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    source.exceptionHandler(handler);
    return this;
  }

  @Override
  public ReadStream<Buffer> handler(Handler<Buffer> handler) {
    if (handler == null) {
      source.handler(null);
      return this;
    }
    source.handler(
        chunk -> {
          if (overflowed) {
            return;
          }
          seen += chunk.length();
          if (seen > maxBytes) {
            overflowed = true;
            onOverflow.run();
          } else {
            handler.handle(chunk);
          }
        });
    return this;
  }

  @Override
  public ReadStream<Buffer> pause() {
    source.pause();
    return this;
  }

  @Override
  public ReadStream<Buffer> resume() {
    source.resume();
    return this;
  }

  @Override
  public ReadStream<Buffer> fetch(long amount) {
    source.fetch(amount);
    return this;
  }

  @Override
  public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
    source.endHandler(endHandler);
    return this;
  }
}
