package dev.turnpike.gateway.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sync state a standalone node reports on {@code /health/ready}.
 *
 * @param snapshotVersion the version served, -1 before the first
 * @param lastSync when the portal last answered with a usable 200 or a 304; null if never
 * @param consecutiveFailures polls in a row that failed (unreachable, refused, rejected snapshot)
 * @param source where the served snapshot came from: {@code portal}, {@code cache} or {@code none}
 * @param lastError why the last poll failed; null after a success
 */
public record SyncStatus(
    long snapshotVersion,
    Instant lastSync,
    int consecutiveFailures,
    String source,
    String lastError) {

  static SyncStatus initial() {
    return new SyncStatus(-1, null, 0, "none", null);
  }

  SyncStatus succeeded(long version, Instant at, String from) {
    return new SyncStatus(version, at, 0, from, null);
  }

  SyncStatus failed(long version, String error) {
    return new SyncStatus(version, lastSync, consecutiveFailures + 1, source, error);
  }

  SyncStatus loadedFromCache(long version) {
    return new SyncStatus(version, lastSync, consecutiveFailures, "cache", lastError);
  }

  /**
   * The fields for the readiness body, in a stable order; absent values are JSON null. {@code
   * lastError} stays out: the health port faces clients and errors name internal addresses.
   */
  public Map<String, Object> toHealth() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("snapshotVersion", snapshotVersion < 0 ? null : snapshotVersion);
    fields.put("lastSync", lastSync == null ? null : lastSync.toString());
    fields.put("consecutiveFailures", consecutiveFailures);
    fields.put("source", source);
    return fields;
  }
}
