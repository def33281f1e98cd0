package dev.turnpike.usageplans.key;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashes plaintext API keys with HMAC-SHA256 under a server secret, so a leaked key table cannot be
 * checked against guesses without that secret. Runs for every request on the gateway: each thread
 * keeps its own {@link Mac}, cloned from a prototype, so no provider lookup happens per call.
 */
public final class ApiKeyHasher {
  static final int MIN_SECRET_BYTES = 16;
  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final ThreadLocal<Mac> macs;

  public ApiKeyHasher(byte[] serverSecret) {
    if (serverSecret == null || serverSecret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "ApiKeyHasher: the server secret must be at least "
              + MIN_SECRET_BYTES
              + " bytes, got "
              + (serverSecret == null ? "none" : serverSecret.length + " bytes")
              + "; configure a random secret of 32 bytes (e.g. `openssl rand -base64 32`)");
    }
    Mac prototype = newMac(serverSecret);
    this.macs = ThreadLocal.withInitial(() -> copyOf(prototype));
  }

  /** The lowercase hex HMAC-SHA256 of the key's UTF-8 bytes: what {@code ApiKeyRecord} stores. */
  public String hash(String plaintextKey) {
    Objects.requireNonNull(plaintextKey, "ApiKeyHasher.hash: plaintextKey is required");
    Mac mac = macs.get();
    // doFinal resets the Mac, so the thread's instance is ready for its next call.
    return HEX.formatHex(mac.doFinal(plaintextKey.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The public prefix ({@code tpk_xxxxxxxx}) of a well-formed key, or empty when the text is not a
   * Turnpike key at all; the gateway can refuse such keys without hashing them.
   */
  public static Optional<String> prefixOf(String plaintextKey) {
    if (!ApiKeyFormat.isWellFormed(plaintextKey)) {
      return Optional.empty();
    }
    return Optional.of(plaintextKey.substring(0, ApiKeyFormat.PREFIX_LENGTH));
  }

  private static Mac newMac(byte[] secret) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "ApiKeyHasher: this JVM has no " + ALGORITHM + "; every Java 17 runtime should", e);
    }
  }

  private static Mac copyOf(Mac prototype) {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(
          "ApiKeyHasher: the " + ALGORITHM + " provider cannot clone a keyed Mac", e);
    }
  }
}
