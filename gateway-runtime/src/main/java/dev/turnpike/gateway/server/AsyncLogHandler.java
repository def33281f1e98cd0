package dev.turnpike.gateway.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A java.util.logging handler that takes records off the calling thread: {@link #publish} only
 * queues the record (lock-free, never waking another thread), and one daemon thread wakes every
 * {@link #PERIOD_MILLIS} ms and writes whatever has queued up as one block, one line per record
 * ({@code <instant> <message>}), flushing once per block. The access log uses it in the standalone
 * node, where the console handler's per-record formatting, write and flush on the event loop cost
 * more than the rest of a proxied request. When the queue is full (the output cannot keep up)
 * records are dropped and counted rather than slowing requests down; the count is written with the
 * next block.
 */
final class AsyncLogHandler extends Handler {

  static final int CAPACITY = 65_536;
  static final long PERIOD_MILLIS = 20;
  private static final int MAX_BLOCK = 4096;

  private final Queue<LogRecord> queue = new ConcurrentLinkedQueue<>();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();
  private final OutputStream out;
  private final Thread writer;
  private volatile boolean closed;

  AsyncLogHandler(OutputStream out, String threadName) {
    this.out = out;
    setLevel(Level.INFO);
    this.writer = new Thread(this::drain, threadName);
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Sends the records of {@code logger} (and its children) through a new handler writing to {@code
   * out}, instead of the parent handlers (the console), and returns the handler.
   */
  static AsyncLogHandler install(Logger logger, OutputStream out) {
    AsyncLogHandler handler = new AsyncLogHandler(out, logger.getName() + "-writer");
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
    return handler;
  }

  @Override
  public void publish(LogRecord record) {
    if (closed || !isLoggable(record)) {
      return;
    }
    // The bound is approximate under concurrency, which is all it needs to be.
    if (pending.get() < CAPACITY) {
      pending.incrementAndGet();
      queue.offer(record);
    } else {
      dropped.incrementAndGet();
    }
  }

  /** Waits (at most 5 s) until every record queued so far is written. */
  @Override
  public void flush() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (pending.get() > 0 && System.nanoTime() < deadline && writer.isAlive()) {
      LockSupport.parkNanos(1_000_000);
    }
  }

  /** Writes what is queued, then stops the writer. */
  @Override
  public void close() {
    flush();
    closed = true;
    writer.interrupt();
  }

  private void drain() {
    StringBuilder text = new StringBuilder(64 * 1024);
    while (!closed) {
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      for (int written = writeBlock(text); written == MAX_BLOCK; written = writeBlock(text)) {
        // A full block: more may be waiting.
      }
    }
  }

  /** Writes up to MAX_BLOCK queued records (and the dropped count) and returns how many. */
  private int writeBlock(StringBuilder text) {
    text.setLength(0);
    long lost = dropped.getAndSet(0);
    if (lost > 0) {
      line(text, Instant.now(), lost + " access log line(s) dropped: the output is too slow");
    }
    int written = 0;
    for (LogRecord record; written < MAX_BLOCK && (record = queue.poll()) != null; written++) {
      line(text, record.getInstant(), record.getMessage());
    }
    if (text.length() > 0) {
      write(text);
    }
    pending.addAndGet(-written);
    return written;
  }

  private static void line(StringBuilder text, Instant at, String message) {
    text.append(at).append(' ').append(message).append('\n');
  }

  private void write(CharSequence text) {
    try {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      reportError("Cannot write the log: " + e, e, 0);
    }
  }
}
