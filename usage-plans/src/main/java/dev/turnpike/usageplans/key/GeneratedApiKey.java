package dev.turnpike.usageplans.key;

import java.util.Objects;

/**
 * A freshly generated API key: the plaintext is shown to its owner once and then only its hash is
 * kept. {@link #toString()} redacts the plaintext so the key cannot leak into logs by accident.
 */
public record GeneratedApiKey(String prefix, String plaintext) {
  public GeneratedApiKey {
    Objects.requireNonNull(prefix, "GeneratedApiKey.prefix is required");
    Objects.requireNonNull(plaintext, "GeneratedApiKey.plaintext is required");
    if (!plaintext.startsWith(prefix + ApiKeyFormat.SEPARATOR)) {
      throw new IllegalArgumentException(
          "GeneratedApiKey: prefix '"
              + prefix
              + "' is not the part of the plaintext before the '.'; build keys with"
              + " ApiKeyGenerator.generate()");
    }
  }

  @Override
  public String toString() {
    return "GeneratedApiKey[prefix=" + prefix + ", plaintext=<redacted>]";
  }
}
