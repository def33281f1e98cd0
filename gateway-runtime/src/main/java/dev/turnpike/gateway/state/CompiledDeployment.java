package dev.turnpike.gateway.state;

import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.route.RouteTable;
import java.util.Map;
import java.util.Optional;

/** One deployment ready to serve: its route table and its customised gateway responses. */
public record CompiledDeployment(
    Deployment deployment,
    RouteTable<CompiledMethod> routes,
    Map<String, CompiledGatewayResponse> gatewayResponses) {

  public CompiledDeployment {
    gatewayResponses = Map.copyOf(gatewayResponses);
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
