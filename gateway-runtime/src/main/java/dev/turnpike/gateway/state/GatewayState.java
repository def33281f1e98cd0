package dev.turnpike.gateway.state;

import dev.turnpike.usageplans.key.KeyIndex;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import dev.turnpike.usageplans.plan.UsagePlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot compiled for serving: deployments by {@code apiId/stage}, the key index, plans by id
 * and tenant throttles. Immutable; the server swaps the whole state at once and each request reads
 * the state it started with.
 */
public record GatewayState(
    long version,
    Map<String, CompiledDeployment> deployments,
    KeyIndex keys,
    Map<String, UsagePlan> plans,
    Map<String, ThrottleLimit> tenantThrottles) {

  public GatewayState {
    deployments = Map.copyOf(deployments);
    plans = Map.copyOf(plans);
    tenantThrottles = Map.copyOf(tenantThrottles);
  }

  /** The state before any snapshot: serves nothing. */
  public static GatewayState empty() {
    return new GatewayState(-1, Map.of(), KeyIndex.of(List.of()), Map.of(), Map.of());
  }

  public Optional<CompiledDeployment> deployment(String apiId, String stage) {
    return Optional.ofNullable(deployments.get(apiId + "/" + stage));
  }

  public Optional<UsagePlan> plan(String planId) {
    return Optional.ofNullable(plans.get(planId));
  }

  public Optional<ThrottleLimit> tenantThrottle(String tenantId) {
    return Optional.ofNullable(tenantThrottles.get(tenantId));
  }
}
