package dev.turnpike.gateway.definition;

import dev.turnpike.usageplans.key.ApiKeyRecord;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import dev.turnpike.usageplans.plan.UsagePlan;
import java.util.List;
import java.util.Map;

/**
 * Everything a gateway node serves from, frozen: the deployments, the usage plans, the hashed API
 * keys and the tenant (account) throttles keyed by tenant id. A higher {@code version} is newer.
 */
public record GatewaySnapshot(
    long version,
    List<Deployment> deployments,
    List<UsagePlan> plans,
    List<ApiKeyRecord> keys,
    Map<String, ThrottleLimit> tenantThrottles) {

  public GatewaySnapshot {
    deployments = deployments == null ? List.of() : List.copyOf(deployments);
    plans = plans == null ? List.of() : List.copyOf(plans);
    keys = keys == null ? List.of() : List.copyOf(keys);
    tenantThrottles = tenantThrottles == null ? Map.of() : Map.copyOf(tenantThrottles);
  }

  /** An empty snapshot: serves nothing. */
  public static GatewaySnapshot empty() {
    return new GatewaySnapshot(0, List.of(), List.of(), List.of(), Map.of());
  }
}
