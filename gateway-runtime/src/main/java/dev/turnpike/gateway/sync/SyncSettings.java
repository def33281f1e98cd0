package dev.turnpike.gateway.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how often a standalone node pulls snapshots: the portal's snapshot URL, the bearer sync
 * token (the portal's {@code turnpike.gateway.sync-token}), the poll interval and the directory the
 * last good snapshot is cached in.
 */
public record SyncSettings(URI snapshotUri, String token, Duration pollInterval, Path cacheDir) {

  /** The portal's internal snapshot endpoint, relative to its base URL. */
  public static final String SNAPSHOT_PATH = "/internal/v1/gateway-snapshot";

  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

  public SyncSettings {
    Objects.requireNonNull(snapshotUri, "SyncSettings: snapshotUri is required");
    String scheme = snapshotUri.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException(
          "SyncSettings: the portal URL must be http:// or https://, got '" + snapshotUri + "'");
    }
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException(
          "SyncSettings: a sync token is required (the portal's turnpike.gateway.sync-token)");
    }
    Objects.requireNonNull(pollInterval, "SyncSettings: pollInterval is required");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException(
          "SyncSettings: pollInterval must be positive, got " + pollInterval);
    }
    Objects.requireNonNull(cacheDir, "SyncSettings: cacheDir is required");
  }

  /**
   * The snapshot URL for a portal base URL such as {@code http://portal:8080} (with its context
   * root, if any); a URL already ending in {@link #SNAPSHOT_PATH} is taken as is.
   */
  public static URI snapshotUri(String portalBaseUrl) {
    String base = portalBaseUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    URI uri = URI.create(base.endsWith(SNAPSHOT_PATH) ? base : base + SNAPSHOT_PATH);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(
          "'" + portalBaseUrl + "' has no host; use e.g. http://portal:8080");
    }
    return uri;
  }

  @Override
  public String toString() {
    return "SyncSettings[snapshotUri="
        + snapshotUri
        + ", token=***, pollInterval="
        + pollInterval
        + ", cacheDir="
        + cacheDir
        + "]";
  }
}
