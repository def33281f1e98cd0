package dev.turnpike.usageplans.key;

import java.time.Instant;
import java.util.Set;

/**
 * What the gateway knows of one API key: never the key itself, only its keyed hash. {@code
 * expiresAt} may be null (no expiry).
 *
 * <p>Revoking or disabling a key is {@link #withEnabled withEnabled(false)} in the next key
 * snapshot: the gateway swaps its whole {@link KeyIndex} when a snapshot arrives (within a second
 * on every node), and {@link #usableAt} refuses a disabled record at once. Enabling again is {@code
 * withEnabled(true)}. Rotation with an overlap window is {@link KeyRotation}.
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

  /** This record enabled or disabled (revoked); nothing else changes. */
  public ApiKeyRecord withEnabled(boolean enabled) {
    return new ApiKeyRecord(
        keyId, tenantId, ownerId, prefix, hash, enabled, expiresAt, usagePlanIds);
  }

  /** This record with another expiry ({@code null} = never). */
  public ApiKeyRecord withExpiresAt(Instant expiresAt) {
    return new ApiKeyRecord(
        keyId, tenantId, ownerId, prefix, hash, enabled, expiresAt, usagePlanIds);
  }
}
