package dev.turnpike.usageplans.key;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable lookup of key records by hash, built once per key snapshot and then read by every
 * request thread without locks. Swap the whole index to publish a change (e.g. a revocation).
 */
public final class KeyIndex {
  private final Map<String, ApiKeyRecord> byHash;

  private KeyIndex(Map<String, ApiKeyRecord> byHash) {
    this.byHash = byHash;
  }

  /**
   * Builds the index; two records with the same hash are refused because one key could then
   * authenticate as two owners.
   */
  public static KeyIndex of(Collection<ApiKeyRecord> records) {
    Objects.requireNonNull(records, "KeyIndex.of: records are required (pass an empty list)");
    Map<String, ApiKeyRecord> byHash = new HashMap<>(Math.max(16, records.size() * 4 / 3 + 1));
    for (ApiKeyRecord record : records) {
      Objects.requireNonNull(record, "KeyIndex.of: the records contain a null entry");
      if (record.hash() == null || record.hash().isBlank()) {
        throw new IllegalArgumentException(
            "KeyIndex.of: key '" + record.keyId() + "' has no hash; store ApiKeyHasher.hash()");
      }
      ApiKeyRecord previous = byHash.putIfAbsent(record.hash(), record);
      if (previous != null) {
        throw new IllegalArgumentException(
            "KeyIndex.of: keys '"
                + previous.keyId()
                + "' and '"
                + record.keyId()
                + "' have the same hash; one of them must be revoked or regenerated");
      }
    }
    return new KeyIndex(byHash);
  }

  public Optional<ApiKeyRecord> findByHash(String hash) {
    return hash == null ? Optional.empty() : Optional.ofNullable(byHash.get(hash));
  }

  public int size() {
    return byHash.size();
  }
}
