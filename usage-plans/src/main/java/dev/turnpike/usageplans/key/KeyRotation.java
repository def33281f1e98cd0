package dev.turnpike.usageplans.key;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Rotates an API key with an overlap window: a new key is issued for the same tenant, owner and
 * usage plans, and the old record is kept but expires at {@code now + overlap}, so clients can
 * switch over while both keys work. The caller stores both records and publishes them in the next
 * key snapshot; the new plaintext is shown to its owner once.
 *
 * <p>The old key never lives longer than it would have: an earlier expiry it already had is kept.
 * An overlap of zero ends the old key at once. A key that is disabled or already expired cannot be
 * rotated (that would bring a revoked key's plans back to life under a new secret). Thread-safe.
 */
public final class KeyRotation {
  private final ApiKeyGenerator generator;
  private final ApiKeyHasher hasher;

  public KeyRotation(ApiKeyGenerator generator, ApiKeyHasher hasher) {
    this.generator = Objects.requireNonNull(generator, "KeyRotation: generator is required");
    this.hasher = Objects.requireNonNull(hasher, "KeyRotation: hasher is required");
  }

  /** The two records to store, and the new key's plaintext to show once. */
  public record Rotated(ApiKeyRecord retiring, ApiKeyRecord replacement, GeneratedApiKey newKey) {
    public Rotated {
      Objects.requireNonNull(retiring, "Rotated.retiring is required");
      Objects.requireNonNull(replacement, "Rotated.replacement is required");
      Objects.requireNonNull(newKey, "Rotated.newKey is required");
    }

    @Override
    public String toString() {
      return "Rotated[retiring="
          + retiring.keyId()
          + ", replacement="
          + replacement.keyId()
          + ", newKey="
          + newKey
          + "]";
    }
  }

  /**
   * Rotates {@code current}; the replacement never expires.
   *
   * @param newKeyId the id the caller's store gives the new key (e.g. a UUID)
   */
  public Rotated rotate(ApiKeyRecord current, String newKeyId, Duration overlap, Instant now) {
    return rotate(current, newKeyId, overlap, now, null);
  }

  /**
   * Rotates {@code current}; the replacement expires at {@code replacementExpiresAt} ({@code null}
   * = never).
   */
  public Rotated rotate(
      ApiKeyRecord current,
      String newKeyId,
      Duration overlap,
      Instant now,
      Instant replacementExpiresAt) {
    Objects.requireNonNull(current, "KeyRotation.rotate: the current key record is required");
    Objects.requireNonNull(now, "KeyRotation.rotate: now is required");
    if (newKeyId == null || newKeyId.isBlank()) {
      throw new IllegalArgumentException(
          "KeyRotation.rotate: newKeyId is required for rotating key '" + current.keyId() + "'");
    }
    if (newKeyId.equals(current.keyId())) {
      throw new IllegalArgumentException(
          "KeyRotation.rotate: the new key id must differ from the old one ('" + newKeyId + "')");
    }
    if (overlap == null || overlap.isNegative()) {
      throw new IllegalArgumentException(
          "KeyRotation.rotate: overlap must be >= 0 (0 ends the old key now), got " + overlap);
    }
    if (!current.usableAt(now)) {
      throw new IllegalStateException(
          "KeyRotation.rotate: key '"
              + current.keyId()
              + "' is disabled or expired and cannot be rotated; issue a new key instead");
    }
    if (replacementExpiresAt != null && !replacementExpiresAt.isAfter(now)) {
      throw new IllegalArgumentException(
          "KeyRotation.rotate: the new key would be expired at once (expiresAt "
              + replacementExpiresAt
              + " is not after "
              + now
              + ")");
    }
    Instant overlapEnd = now.plus(overlap);
    Instant retiringEnd =
        current.expiresAt() != null && current.expiresAt().isBefore(overlapEnd)
            ? current.expiresAt()
            : overlapEnd;
    GeneratedApiKey fresh = generator.generate();
    ApiKeyRecord replacement =
        new ApiKeyRecord(
            newKeyId,
            current.tenantId(),
            current.ownerId(),
            fresh.prefix(),
            hasher.hash(fresh.plaintext()),
            true,
            replacementExpiresAt,
            current.usagePlanIds());
    return new Rotated(current.withExpiresAt(retiringEnd), replacement, fresh);
  }
}
