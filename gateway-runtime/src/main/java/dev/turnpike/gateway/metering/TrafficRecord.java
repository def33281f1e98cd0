package dev.turnpike.gateway.metering;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What one node saw of one method of one API stage, for one API key ({@code keyId} empty for
 * requests without an accepted key), in one UTC hour between two flushes: requests, how many ended
 * 4xx and 5xx (and of those, how many were throttled: 429, rate or quota), and their latencies as a
 * compressed, base64-encoded HdrHistogram of microseconds — mergeable across nodes and hours, so
 * percentiles stay right when the portal adds records up. {@code flushId} makes a retried delivery
 * harmless, as for usage records.
 */
public record TrafficRecord(
    String apiId,
    String stage,
    String method,
    String keyId,
    Instant hour,
    long requests,
    long clientErrors,
    long serverErrors,
    long throttled,
    String latencyHistogram,
    String flushId) {

  /** A record from a node that does not count throttled requests apart (they read as 0). */
  public TrafficRecord(
      String apiId,
      String stage,
      String method,
      String keyId,
      Instant hour,
      long requests,
      long clientErrors,
      long serverErrors,
      String latencyHistogram,
      String flushId) {
    this(
        apiId,
        stage,
        method,
        keyId,
        hour,
        requests,
        clientErrors,
        serverErrors,
        0,
        latencyHistogram,
        flushId);
  }

  public TrafficRecord {
    Objects.requireNonNull(apiId, "TrafficRecord.apiId is required");
    Objects.requireNonNull(stage, "TrafficRecord.stage is required");
    Objects.requireNonNull(method, "TrafficRecord.method is required");
    keyId = keyId == null ? "" : keyId;
    Objects.requireNonNull(hour, "TrafficRecord.hour is required");
    if (!hour.truncatedTo(ChronoUnit.HOURS).equals(hour)) {
      throw new IllegalArgumentException("TrafficRecord.hour must be a whole hour, got " + hour);
    }
    if (requests < 0 || clientErrors < 0 || serverErrors < 0 || throttled < 0) {
      throw new IllegalArgumentException("TrafficRecord counts must be >= 0");
    }
    if (throttled > clientErrors) {
      throw new IllegalArgumentException("TrafficRecord.throttled cannot exceed clientErrors");
    }
    Objects.requireNonNull(latencyHistogram, "TrafficRecord.latencyHistogram is required");
    Objects.requireNonNull(flushId, "TrafficRecord.flushId is required");
  }
}
