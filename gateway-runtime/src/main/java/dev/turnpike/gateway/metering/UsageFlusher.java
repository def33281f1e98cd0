package dev.turnpike.gateway.metering;

import dev.turnpike.usageplans.metering.UsageMeter;
import dev.turnpike.usageplans.metering.UsageRecord;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Moves usage counts from a {@link UsageMeter} to a {@link UsageSink}, at least once, with the
 * retry and bounding rules of {@link RecordFlusher}. Thread-safe.
 */
public final class UsageFlusher {

  /** Records kept while the sink fails, before the oldest are dropped. */
  public static final int DEFAULT_MAX_PENDING = 100_000;

  private final RecordFlusher<UsageRecord> flusher;

  public UsageFlusher(UsageMeter meter, UsageSink sink) {
    this(meter, sink, DEFAULT_MAX_PENDING);
  }

  public UsageFlusher(UsageMeter meter, UsageSink sink, int maxPending) {
    Objects.requireNonNull(meter, "UsageFlusher: meter is required");
    Objects.requireNonNull(sink, "UsageFlusher: sink is required");
    this.flusher = new RecordFlusher<>("usage", meter::drain, sink::accept, maxPending);
  }

  /**
   * Drains the meter and offers every pending record to the sink. The stage completes when the
   * attempt ends, normally even when the sink failed (the records stay pending).
   */
  public CompletionStage<Void> flush() {
    return flusher.flush();
  }

  /** Records drained but not yet accepted by the sink. */
  public int pendingCount() {
    return flusher.pendingCount();
  }

  /** Records dropped so far because the sink failed for too long. */
  public long droppedCount() {
    return flusher.droppedCount();
  }
}
