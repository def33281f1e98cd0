package dev.turnpike.gateway.definition;

import java.util.List;
import java.util.Locale;

/**
 * Amazon's {@code contentHandling} values for integrations and integration responses: {@code
 * CONVERT_TO_TEXT} base64-encodes a binary payload, {@code CONVERT_TO_BINARY} base64-decodes a text
 * payload; null (unset) passes payloads as they are.
 */
public final class ContentHandling {
  private ContentHandling() {}

  public static final String CONVERT_TO_TEXT = "CONVERT_TO_TEXT";
  public static final String CONVERT_TO_BINARY = "CONVERT_TO_BINARY";

  /** The value upper-cased, null for blank; throws naming the allowed values otherwise. */
  public static String normalise(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String upper = value.trim().toUpperCase(Locale.ROOT);
    if (!List.of(CONVERT_TO_TEXT, CONVERT_TO_BINARY).contains(upper)) {
      throw new IllegalArgumentException(
          "contentHandling must be CONVERT_TO_TEXT or CONVERT_TO_BINARY, got '" + value + "'");
    }
    return upper;
  }
}
