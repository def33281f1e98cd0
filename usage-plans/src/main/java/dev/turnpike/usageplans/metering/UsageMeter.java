package dev.turnpike.usageplans.metering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts requests on this node per (key, API, stage, UTC day) until the next flush. Recording is a
 * map lookup and a {@link LongAdder} increment, cheap enough for every request.
 *
 * <p>{@link #drain()} takes each count with {@link LongAdder#sumThenReset()}, which resets cell by
 * cell, so a request recorded during a drain lands in this drain or the next, never in neither.
 * Counters are kept between drains (removing a hot counter could lose a concurrent increment) and
 * dropped only once their day is older than yesterday by this meter's clock, when requests no
 * longer record into them.
 */
public final class UsageMeter {
  private final ConcurrentHashMap<Slot, LongAdder> counts = new ConcurrentHashMap<>();
  private final Clock clock;

  public UsageMeter() {
    this(Clock.systemUTC());
  }

  public UsageMeter(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "UsageMeter: clock is required");
  }

  public void record(String keyId, String apiId, String stage, Instant at) {
    Objects.requireNonNull(at, "UsageMeter.record: at is required");
    Slot slot = new Slot(keyId, apiId, stage, LocalDate.ofInstant(at, ZoneOffset.UTC));
    counts.computeIfAbsent(slot, s -> new LongAdder()).increment();
  }

  /** Returns the counts since the last drain (non-zero only) and starts them again from zero. */
  public List<UsageRecord> drain() {
    LocalDate oldestKept = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
    List<UsageRecord> records = new ArrayList<>();
    counts.forEach(
        (slot, adder) -> {
          long count = adder.sumThenReset();
          if (count > 0) {
            records.add(slot.toRecord(count, UUID.randomUUID().toString()));
          }
        });
    counts.entrySet().removeIf(e -> e.getKey().day.isBefore(oldestKept) && e.getValue().sum() == 0);
    return records;
  }

  private record Slot(String keyId, String apiId, String stage, LocalDate day) {
    Slot {
      Objects.requireNonNull(keyId, "UsageMeter.record: keyId is required");
      Objects.requireNonNull(apiId, "UsageMeter.record: apiId is required");
      Objects.requireNonNull(stage, "UsageMeter.record: stage is required");
    }

    UsageRecord toRecord(long count, String flushId) {
      return new UsageRecord(keyId, apiId, stage, day, count, flushId);
    }
  }
}
