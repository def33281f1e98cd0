package dev.turnpike.gateway.metering;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;

/**
 * Counts every answered request that reached an API stage, per (API, stage, method, key, UTC hour):
 * requests, 4xx (429s also counted apart as throttled), 5xx and a latency histogram, for the
 * console's analytics. Recording is a map lookup, three adders and a lock-free histogram record.
 *
 * <p>{@link #drain()} takes each slot's counts and its interval histogram; a request recorded
 * during a drain may have its count in this drain and its latency in the next, never neither. Slots
 * stay between drains (removing a hot one could lose a record) and are dropped once their hour is
 * two hours old and empty.
 */
public final class TrafficMeter {
  private final ConcurrentHashMap<Slot, Cell> cells = new ConcurrentHashMap<>();
  private final Clock clock;

  public TrafficMeter() {
    this(Clock.systemUTC());
  }

  public TrafficMeter(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "TrafficMeter: clock is required");
  }

  /**
   * @param method the route, e.g. {@code GET /pets/{id}}
   * @param keyId the accepted API key's id, or null
   */
  public void record(
      String apiId,
      String stage,
      String method,
      String keyId,
      int status,
      long latencyMicros,
      Instant at) {
    Slot slot =
        new Slot(
            apiId, stage, method, keyId == null ? "" : keyId, at.truncatedTo(ChronoUnit.HOURS));
    cells.computeIfAbsent(slot, s -> new Cell()).record(status, latencyMicros);
  }

  /** The counts since the last drain (slots with requests only), starting them again from zero. */
  public List<TrafficRecord> drain() {
    Instant oldestKept = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
    List<TrafficRecord> records = new ArrayList<>();
    cells.forEach(
        (slot, cell) -> {
          TrafficRecord record = cell.take(slot);
          if (record != null) {
            records.add(record);
          }
        });
    cells.entrySet().removeIf(e -> e.getKey().hour.isBefore(oldestKept) && e.getValue().isEmpty());
    return records;
  }

  private record Slot(String apiId, String stage, String method, String keyId, Instant hour) {
    Slot {
      Objects.requireNonNull(apiId, "TrafficMeter.record: apiId is required");
      Objects.requireNonNull(stage, "TrafficMeter.record: stage is required");
      Objects.requireNonNull(method, "TrafficMeter.record: method is required");
    }
  }

  /**
   * One slot's counts; a lock per slot, so requests of different slots never wait on each other.
   */
  private static final class Cell {
    private final Histogram latency = LatencyHistograms.slotHistogram();
    private long requests;
    private long clientErrors;
    private long serverErrors;
    private long throttled;

    synchronized void record(int status, long latencyMicros) {
      requests++;
      if (status >= 500) {
        serverErrors++;
      } else if (status >= 400) {
        clientErrors++;
        if (status == 429) {
          throttled++;
        }
      }
      latency.recordValue(LatencyHistograms.clamp(latencyMicros));
    }

    synchronized boolean isEmpty() {
      return requests == 0;
    }

    /** The record of what was counted since the last take (null when nothing), then zeroes. */
    synchronized TrafficRecord take(Slot slot) {
      if (requests == 0) {
        return null;
      }
      TrafficRecord record =
          new TrafficRecord(
              slot.apiId,
              slot.stage,
              slot.method,
              slot.keyId,
              slot.hour,
              requests,
              clientErrors,
              serverErrors,
              throttled,
              LatencyHistograms.encode(latency),
              UUID.randomUUID().toString());
      requests = 0;
      clientErrors = 0;
      serverErrors = 0;
      throttled = 0;
      latency.reset();
      return record;
    }
  }
}
