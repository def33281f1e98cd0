package dev.turnpike.gateway.definition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One method of an API: an HTTP method ({@code GET}, ... or {@code ANY}) on a resource path such as
 * {@code /pets/{id}} or {@code /{proxy+}}, the integration that serves it, and the optional request
 * validation (JSON property {@code "requestValidation"}, null or absent: none).
 */
public record MethodDefinition(
    String httpMethod,
    String resourcePath,
    boolean apiKeyRequired,
    String operationName,
    Integration integration,
    RequestValidation requestValidation) {

  /** A method without request validation (the shape before validation existed). */
  public MethodDefinition(
      String httpMethod,
      String resourcePath,
      boolean apiKeyRequired,
      String operationName,
      Integration integration) {
    this(httpMethod, resourcePath, apiKeyRequired, operationName, integration, null);
  }

  @JsonCreator
  public MethodDefinition {
    if (httpMethod == null || httpMethod.isBlank()) {
      throw new IllegalArgumentException("Method needs an HTTP method (GET, POST, ... or ANY)");
    }
    if (resourcePath == null || !resourcePath.startsWith("/")) {
      throw new IllegalArgumentException(
          "Method " + httpMethod + " needs a resource path starting with '/', got " + resourcePath);
    }
    if (integration == null) {
      throw new IllegalArgumentException(
          "Method " + httpMethod + " " + resourcePath + " needs an integration");
    }
    httpMethod = httpMethod.toUpperCase(java.util.Locale.ROOT);
  }

  /** The key used for per-method throttles: {@code "GET /pets/{id}"}. */
  @JsonIgnore
  public String methodKey() {
    return httpMethod + " " + resourcePath;
  }
}
