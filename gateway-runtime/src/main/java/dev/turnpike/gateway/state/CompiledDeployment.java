package dev.turnpike.gateway.state;

import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.route.RouteTable;
import java.util.Map;
import java.util.Optional;

/**
 * One deployment ready to serve: its route table, its customised gateway responses and its binary
 * media types.
 */
public record CompiledDeployment(
    Deployment deployment,
    RouteTable<CompiledMethod> routes,
    Map<String, CompiledGatewayResponse> gatewayResponses,
    BinaryMediaTypes binaryMediaTypes) {

  public CompiledDeployment {
    gatewayResponses = Map.copyOf(gatewayResponses);
    binaryMediaTypes =
        binaryMediaTypes == null
            ? BinaryMediaTypes.of(deployment.api().binaryMediaTypes())
            : binaryMediaTypes;
  }

  /** A deployment whose binary media types are read from its definition. */
  public CompiledDeployment(
      Deployment deployment,
      RouteTable<CompiledMethod> routes,
      Map<String, CompiledGatewayResponse> gatewayResponses) {
    this(deployment, routes, gatewayResponses, null);
  }

  /** The customised response for an error key, else for DEFAULT_4XX / DEFAULT_5XX. */
  public Optional<CompiledGatewayResponse> gatewayResponse(String key, String defaultKey) {
    CompiledGatewayResponse own = gatewayResponses.get(key);
    return Optional.ofNullable(own != null ? own : gatewayResponses.get(defaultKey));
  }

  public String tenantId() {
    return deployment.tenantId();
  }
}
