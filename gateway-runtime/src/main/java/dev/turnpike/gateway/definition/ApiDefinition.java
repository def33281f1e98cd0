package dev.turnpike.gateway.definition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A REST API as deployed: its methods and gateway responses. {@code apiKeySource} is {@code HEADER}
 * (the {@code x-api-key} header), the only source supported so far.
 *
 * <p>{@code binaryMediaTypes} is Amazon's {@code x-amazon-apigateway-binary-media-types}: the
 * content types (wildcards such as {@code image/*} or {@code *}{@code /*} allowed) whose payloads
 * are binary. It decides whether a body is handed to a function base64-encoded, what {@code
 * contentHandling} converts, and what a mapping template sees. In JSON it is the optional array
 * {@code "binaryMediaTypes"}; absent reads as empty (every payload is text, the old behaviour).
 *
 * <p>{@code cors} is the API's own CORS configuration ({@code x-amazon-apigateway-cors}); null or
 * absent: none, and preflights are routed like any method (an OPTIONS method answers them).
 */
public record ApiDefinition(
    String name,
    String version,
    List<MethodDefinition> methods,
    String apiKeySource,
    Map<String, GatewayResponse> gatewayResponses,
    List<String> binaryMediaTypes,
    @JsonInclude(JsonInclude.Include.NON_NULL) CorsConfiguration cors) {

  /** The only API key source supported so far. */
  public static final String HEADER = "HEADER";

  @JsonCreator
  public ApiDefinition {
    methods = methods == null ? List.of() : List.copyOf(methods);
    apiKeySource = apiKeySource == null ? HEADER : apiKeySource;
    gatewayResponses = gatewayResponses == null ? Map.of() : Map.copyOf(gatewayResponses);
    binaryMediaTypes = binaryMediaTypes == null ? List.of() : List.copyOf(binaryMediaTypes);
  }

  /** An API without its own CORS configuration. */
  public ApiDefinition(
      String name,
      String version,
      List<MethodDefinition> methods,
      String apiKeySource,
      Map<String, GatewayResponse> gatewayResponses,
      List<String> binaryMediaTypes) {
    this(name, version, methods, apiKeySource, gatewayResponses, binaryMediaTypes, null);
  }

  /** An API without binary media types (the shape before they existed). */
  public ApiDefinition(
      String name,
      String version,
      List<MethodDefinition> methods,
      String apiKeySource,
      Map<String, GatewayResponse> gatewayResponses) {
    this(name, version, methods, apiKeySource, gatewayResponses, List.of(), null);
  }

  /** This API with other methods; everything else (CORS included) is kept. */
  public ApiDefinition withMethods(List<MethodDefinition> newMethods) {
    return new ApiDefinition(
        name, version, newMethods, apiKeySource, gatewayResponses, binaryMediaTypes, cors);
  }
}
