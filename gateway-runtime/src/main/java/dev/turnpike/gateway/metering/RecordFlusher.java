package dev.turnpike.gateway.metering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves records from a meter ({@code drain}) to a sink, at least once. Each {@link #flush} drains
 * the meter into a pending list and offers the whole list (oldest first) to the sink; only a
 * successful answer removes the records offered. A failed or thrown flush keeps them, unchanged
 * (same {@code flushId}s), for the next flush, so the receiver can de-duplicate a retry. Pending
 * records are bounded: past {@code maxPending} the oldest are dropped, with a warning. One flush
 * runs at a time; a flush asked for while one runs waits for it and then runs. Thread-safe.
 */
public final class RecordFlusher<R> {

  private static final Logger LOG = Logger.getLogger(RecordFlusher.class.getName());

  private final String what;
  private final Supplier<List<R>> drain;
  private final Function<List<R>, CompletionStage<Void>> sink;
  private final int maxPending;
  private final ArrayDeque<R> pending = new ArrayDeque<>();
  private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);
  private boolean failing;
  private long dropped;

  /**
   * @param what names the records in log lines ("usage", "traffic")
   * @param drain takes what the meter counted since the last call
   * @param sink delivers a batch; a failed stage (or a throw) keeps the batch for the next flush
   */
  public RecordFlusher(
      String what,
      Supplier<List<R>> drain,
      Function<List<R>, CompletionStage<Void>> sink,
      int maxPending) {
    this.what = Objects.requireNonNull(what, "RecordFlusher: what is required");
    this.drain = Objects.requireNonNull(drain, "RecordFlusher: drain is required");
    this.sink = Objects.requireNonNull(sink, "RecordFlusher: sink is required");
    if (maxPending < 1) {
      throw new IllegalArgumentException(
          "RecordFlusher: maxPending must be >= 1, got " + maxPending);
    }
    this.maxPending = maxPending;
  }

  /**
   * Drains the meter and offers every pending record to the sink. The stage completes when the
   * attempt ends, normally even when the sink failed (the records stay pending).
   */
  public synchronized CompletionStage<Void> flush() {
    CompletableFuture<Void> next =
        running.handle((ok, failure) -> null).thenCompose(ignored -> attempt());
    running = next;
    return next;
  }

  /** Records drained but not yet accepted by the sink. */
  public synchronized int pendingCount() {
    return pending.size();
  }

  /** Records dropped so far because the sink failed for too long. */
  public synchronized long droppedCount() {
    return dropped;
  }

  private CompletableFuture<Void> attempt() {
    List<R> batch;
    synchronized (this) {
      pending.addAll(drain.get());
      int over = pending.size() - maxPending;
      if (over > 0) {
        for (int i = 0; i < over; i++) {
          pending.removeFirst();
        }
        dropped += over;
        LOG.warning(
            what
                + " sink has failed for too long: dropped the "
                + over
                + " oldest "
                + what
                + " record(s) beyond "
                + maxPending
                + " pending ("
                + dropped
                + " dropped so far); reports will miss them");
      }
      if (pending.isEmpty()) {
        return CompletableFuture.completedFuture(null);
      }
      batch = List.copyOf(new ArrayList<>(pending));
    }
    CompletionStage<Void> delivery;
    try {
      delivery = Objects.requireNonNull(sink.apply(batch), what + " sink returned null");
    } catch (RuntimeException e) {
      delivery = CompletableFuture.failedFuture(e);
    }
    return delivery
        .toCompletableFuture()
        .handle(
            (ok, failure) -> {
              delivered(batch, failure);
              return null;
            });
  }

  private synchronized void delivered(List<R> batch, Throwable failure) {
    if (failure != null) {
      if (!failing) {
        LOG.log(
            Level.WARNING,
            what
                + " flush of "
                + batch.size()
                + " record(s) failed; keeping them and retrying with the same flushIds every"
                + " flush: "
                + failure);
      }
      failing = true;
      return;
    }
    // Only flush() adds to pending, and flushes run one at a time: the batch is the head.
    for (int i = 0; i < batch.size() && !pending.isEmpty(); i++) {
      if (pending.peekFirst() == batch.get(i)) {
        pending.removeFirst();
      }
    }
    if (failing) {
      LOG.info(what + " flush delivered again (" + batch.size() + " record(s))");
      failing = false;
    }
  }
}
