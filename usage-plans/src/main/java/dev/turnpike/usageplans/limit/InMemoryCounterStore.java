package dev.turnpike.usageplans.limit;

import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters for a single node. Each update is one {@link ConcurrentHashMap#compute} call, which runs
 * the pure arithmetic under that key's bin lock: a tiny critical section, and nothing is shared
 * between keys. Memory stays bounded: now and then (by the callers' clock) a caller sweeps out
 * buckets that have refilled (equal to new ones) and quota counters whose period is over.
 */
public final class InMemoryCounterStore implements CounterStore {
  /** How often, in caller time, one caller pays for a sweep. */
  public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofMinutes(1);

  private final ConcurrentHashMap<String, BucketEntry> buckets = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<QuotaSlot, QuotaEntry> quotas = new ConcurrentHashMap<>();
  private final long sweepIntervalMicros;
  private final AtomicLong nextSweepMicros = new AtomicLong(Long.MIN_VALUE);

  public InMemoryCounterStore() {
    this(DEFAULT_SWEEP_INTERVAL);
  }

  public InMemoryCounterStore(Duration sweepInterval) {
    if (sweepInterval == null || sweepInterval.isNegative()) {
      throw new IllegalArgumentException(
          "InMemoryCounterStore: sweepInterval must be >= 0, got " + sweepInterval);
    }
    this.sweepIntervalMicros = sweepInterval.toNanos() / 1_000;
  }

  @Override
  public CompletionStage<Boolean> tryTake(String bucketKey, ThrottleLimit limit, Instant now) {
    Objects.requireNonNull(bucketKey, "tryTake: bucketKey is required");
    Objects.requireNonNull(limit, "tryTake: limit is required for bucket " + bucketKey);
    Objects.requireNonNull(now, "tryTake: now is required for bucket " + bucketKey);
    maybeSweep(now);
    long keepUntil = TokenBucket.epochMicros(now) + TokenBucket.idleTtl(limit).toNanos() / 1_000;
    BucketEntry entry =
        buckets.compute(
            bucketKey,
            (key, previous) -> {
              TokenBucket.Take take =
                  TokenBucket.take(previous == null ? null : previous.bucket, limit, now);
              return new BucketEntry(take.bucket(), take.allowed(), keepUntil);
            });
    return CompletableFuture.completedFuture(entry.lastAllowed);
  }

  @Override
  public CompletionStage<QuotaDecision> tryConsume(String quotaKey, QuotaLimit limit, Instant now) {
    QuotaSlot slot = slot(quotaKey, limit, now);
    maybeSweep(now);
    Instant resetsAt = QuotaPeriods.periodEnd(limit, now);
    QuotaEntry entry =
        quotas.compute(
            slot,
            (key, previous) -> {
              long used = previous == null ? 0 : previous.used;
              boolean allowed = used < limit.limit();
              return new QuotaEntry(allowed ? used + 1 : used, allowed, resetsAt);
            });
    long remaining = Math.max(0, limit.limit() - entry.used);
    return CompletableFuture.completedFuture(
        new QuotaDecision(entry.lastAllowed, remaining, resetsAt));
  }

  @Override
  public CompletionStage<Long> used(String quotaKey, QuotaLimit limit, Instant now) {
    QuotaEntry entry = quotas.get(slot(quotaKey, limit, now));
    return CompletableFuture.completedFuture(entry == null ? 0L : entry.used);
  }

  /** Buckets currently held; for tests and metrics. */
  public int bucketCount() {
    return buckets.size();
  }

  /** Quota counters currently held; for tests and metrics. */
  public int quotaCount() {
    return quotas.size();
  }

  private static QuotaSlot slot(String quotaKey, QuotaLimit limit, Instant now) {
    Objects.requireNonNull(quotaKey, "quota: quotaKey is required");
    Objects.requireNonNull(limit, "quota: limit is required for quota " + quotaKey);
    Objects.requireNonNull(now, "quota: now is required for quota " + quotaKey);
    return new QuotaSlot(quotaKey, QuotaPeriods.periodStart(limit, now));
  }

  /** One caller per interval wins the CAS and sweeps; the others go on without waiting. */
  private void maybeSweep(Instant now) {
    long nowMicros = TokenBucket.epochMicros(now);
    long due = nextSweepMicros.get();
    if (nowMicros < due || !nextSweepMicros.compareAndSet(due, nowMicros + sweepIntervalMicros)) {
      return;
    }
    // removeIf on a ConcurrentHashMap view removes an entry only if it is unchanged since tested.
    buckets.values().removeIf(entry -> entry.keepUntilMicros <= nowMicros);
    quotas.values().removeIf(entry -> !entry.periodEnd.isAfter(now));
  }

  /** A period's counter is its own slot, so a new period starts from zero with no reset step. */
  private record QuotaSlot(String quotaKey, Instant periodStart) {}

  private record BucketEntry(TokenBucket bucket, boolean lastAllowed, long keepUntilMicros) {}

  private record QuotaEntry(long used, boolean lastAllowed, Instant periodEnd) {}
}
