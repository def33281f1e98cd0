package dev.turnpike.gateway.definition;

import java.util.List;
import java.util.Map;

/**
 * A REST API as deployed: its methods and gateway responses. {@code apiKeySource} is {@code HEADER}
 * (the {@code x-api-key} header), the only source supported so far.
 */
public record ApiDefinition(
    String name,
    String version,
    List<MethodDefinition> methods,
    String apiKeySource,
    Map<String, GatewayResponse> gatewayResponses) {

  /** The only API key source supported so far. */
  public static final String HEADER = "HEADER";

  public ApiDefinition {
    methods = methods == null ? List.of() : List.copyOf(methods);
    apiKeySource = apiKeySource == null ? HEADER : apiKeySource;
    gatewayResponses = gatewayResponses == null ? Map.of() : Map.copyOf(gatewayResponses);
  }
}
