package dev.turnpike.gateway.openapi;

import java.util.Map;

/**
 * Extension names. Ours mirror Amazon's one for one with the same shapes ({@code
 * x-turnpike-gateway-responses} is {@code x-amazon-apigateway-gateway-responses}), so a document
 * can use either; when both are present ours win, because the Amazon one may be kept for AWS while
 * ours says what Turnpike does.
 */
final class Extensions {
  static final String OURS = "x-turnpike-";
  static final String AMAZON = "x-amazon-apigateway-";

  static final String INTEGRATION = "integration";
  static final String ANY_METHOD = "any-method";
  static final String API_KEY_SOURCE = "api-key-source";
  static final String GATEWAY_RESPONSES = "gateway-responses";
  static final String REQUEST_VALIDATORS = "request-validators";
  static final String REQUEST_VALIDATOR = "request-validator";
  static final String BINARY_MEDIA_TYPES = "binary-media-types";
  static final String CORS = "cors";

  private Extensions() {}

  /** The name under which {@code extensions} holds {@code suffix}: ours, else Amazon's. */
  static String nameIn(Map<String, ?> extensions, String suffix) {
    return extensions != null && extensions.containsKey(OURS + suffix)
        ? OURS + suffix
        : AMAZON + suffix;
  }

  /** The value of {@code suffix} in {@code extensions} (ours first), or null. */
  static Object get(Map<String, ?> extensions, String suffix) {
    return extensions == null ? null : extensions.get(nameIn(extensions, suffix));
  }
}
