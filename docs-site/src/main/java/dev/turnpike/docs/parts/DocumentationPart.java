package dev.turnpike.docs.parts;

import java.util.Map;

/**
 * One documentation part. {@code method} and {@code statusCode} may be {@code "*"} (every method,
 * every status), as in API Gateway; absent ones are {@code "*"} too. {@code path} defaults to
 * {@code "/"}.
 *
 * @param number 1-based position in its source, for error messages
 * @param properties the parsed {@code properties} JSON object
 */
public record DocumentationPart(
    int number,
    LocationType type,
    String path,
    String method,
    String statusCode,
    String name,
    Map<String, Object> properties) {

  /** {@code METHOD GET /pets}, {@code QUERY_PARAMETER GET /pets limit}: how people name it. */
  public String describe() {
    StringBuilder out = new StringBuilder(type.name());
    switch (type) {
      case API -> {}
      case MODEL, AUTHORIZER -> out.append(' ').append(name);
      case RESOURCE -> out.append(' ').append(path);
      default -> {
        out.append(' ').append(method).append(' ').append(path);
        if (statusCode != null && (type.name().startsWith("RESPONSE"))) {
          out.append(' ').append(statusCode);
        }
        if (name != null) {
          out.append(' ').append(name);
        }
      }
    }
    return out.toString();
  }
}
