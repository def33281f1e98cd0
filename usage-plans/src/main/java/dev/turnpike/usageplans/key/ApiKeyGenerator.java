package dev.turnpike.usageplans.key;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Generates API keys such as {@code tpk_a1b2c3d4.<40 base62 chars>}. The secret part carries about
 * 238 bits of entropy; the public prefix only helps support staff find a key and is not secret.
 * Thread-safe.
 */
public final class ApiKeyGenerator {
  private final SecureRandom random;

  public ApiKeyGenerator() {
    this(new SecureRandom());
  }

  ApiKeyGenerator(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random is required");
  }

  public GeneratedApiKey generate() {
    String prefix =
        ApiKeyFormat.MARKER + randomChars(ApiKeyFormat.PUBLIC_ALPHABET, ApiKeyFormat.PUBLIC_CHARS);
    String secret = randomChars(ApiKeyFormat.SECRET_ALPHABET, ApiKeyFormat.SECRET_CHARS);
    return new GeneratedApiKey(prefix, prefix + ApiKeyFormat.SEPARATOR + secret);
  }

  /**
   * Draws bytes in bulk and rejects those above the largest multiple of the alphabet size, so every
   * character is equally likely (a plain {@code b % n} would favour the first characters).
   */
  private String randomChars(String alphabet, int count) {
    int n = alphabet.length();
    int unbiasedBound = 256 - (256 % n);
    StringBuilder out = new StringBuilder(count);
    byte[] buffer = new byte[count + count / 2];
    while (out.length() < count) {
      random.nextBytes(buffer);
      for (int i = 0; i < buffer.length && out.length() < count; i++) {
        int b = buffer[i] & 0xff;
        if (b < unbiasedBound) {
          out.append(alphabet.charAt(b % n));
        }
      }
    }
    return out.toString();
  }
}
