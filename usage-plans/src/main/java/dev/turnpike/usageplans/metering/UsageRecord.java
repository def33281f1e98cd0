package dev.turnpike.usageplans.metering;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Requests one key made to one API stage on one UTC day, as counted by one node between two
 * flushes. {@code flushId} is unique per record: the receiver stores it and ignores a record it has
 * seen, which makes a retried flush harmless (delivery is at least once).
 */
public record UsageRecord(
    String keyId, String apiId, String stage, LocalDate day, long count, String flushId) {
  public UsageRecord {
    Objects.requireNonNull(keyId, "UsageRecord.keyId is required");
    Objects.requireNonNull(apiId, "UsageRecord.apiId is required");
    Objects.requireNonNull(stage, "UsageRecord.stage is required");
    Objects.requireNonNull(day, "UsageRecord.day is required");
    Objects.requireNonNull(flushId, "UsageRecord.flushId is required");
    if (count < 0) {
      throw new IllegalArgumentException("UsageRecord.count must be >= 0, got " + count);
    }
  }
}
