package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.definition.ContentHandling;
import io.vertx.core.buffer.Buffer;
import java.util.Base64;

/**
 * Amazon's payload conversions between binary and text ({@code contentHandling}, see "Content type
 * conversions in API Gateway"): a binary payload (its content type is one of the API's binary media
 * types) becomes a base64 string for CONVERT_TO_TEXT and for mapping templates; a text payload is
 * base64-decoded for CONVERT_TO_BINARY. Without conversion, bytes pass as they are.
 */
final class Payloads {
  private Payloads() {}

  /** What a mapping template sees as {@code $input.body}: binary payloads base64-encoded. */
  static String templateText(Buffer body, boolean binary) {
    return binary ? base64(body) : body.toString();
  }

  /** A request payload passed through (no template) to an HTTP backend. */
  static Buffer request(Buffer body, boolean binary, String handling) {
    if (binary) {
      return ContentHandling.CONVERT_TO_TEXT.equals(handling) ? Buffer.buffer(base64(body)) : body;
    }
    return ContentHandling.CONVERT_TO_BINARY.equals(handling) ? decode(body.toString()) : body;
  }

  /** A rendered template's output: text, or decoded for CONVERT_TO_BINARY. */
  static Buffer rendered(String text, String handling) {
    return ContentHandling.CONVERT_TO_BINARY.equals(handling) ? decode(text) : Buffer.buffer(text);
  }

  /**
   * A backend answer without a response template: a binary one stays binary for CONVERT_TO_BINARY
   * or, unset, when the client accepts a binary type, and is base64 text otherwise.
   */
  static Buffer response(Buffer body, boolean binary, String handling, boolean acceptsBinary) {
    if (binary) {
      boolean keep =
          ContentHandling.CONVERT_TO_BINARY.equals(handling) || (handling == null && acceptsBinary);
      return keep ? body : Buffer.buffer(base64(body));
    }
    return ContentHandling.CONVERT_TO_BINARY.equals(handling) ? decode(body.toString()) : body;
  }

  static String base64(Buffer body) {
    return Base64.getEncoder().encodeToString(body.getBytes());
  }

  /** Decodes base64 text; throws {@link IllegalArgumentException} saying what was wrong. */
  static Buffer decode(String text) {
    try {
      return Buffer.buffer(Base64.getDecoder().decode(text.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "CONVERT_TO_BINARY needs a base64 payload: " + e.getMessage(), e);
    }
  }
}
