package dev.turnpike.usageplans.key;

import java.time.Instant;
import java.util.Set;

/**
 * What the gateway knows of one API key: never the key itself, only its keyed hash. {@code
 * expiresAt} may be null (no expiry).
 */
public record ApiKeyRecord(
    String keyId,
    String tenantId,
    String ownerId,
    String prefix,
    String hash,
    boolean enabled,
    Instant expiresAt,
    Set<String> usagePlanIds) {
  public ApiKeyRecord {
    usagePlanIds = usagePlanIds == null ? Set.of() : Set.copyOf(usagePlanIds);
  }

  public boolean usableAt(Instant now) {
    return enabled && (expiresAt == null || now.isBefore(expiresAt));
  }
}
