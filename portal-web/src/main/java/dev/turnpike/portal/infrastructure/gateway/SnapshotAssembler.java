package dev.turnpike.portal.infrastructure.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.SnapshotCodec;
import dev.turnpike.portal.domain.model.MethodThrottle;
import dev.turnpike.portal.domain.model.deployment.Stage;
import dev.turnpike.portal.domain.model.key.ApiKey;
import dev.turnpike.portal.domain.model.plan.Plan;
import dev.turnpike.portal.domain.model.plan.PlanMethodThrottle;
import dev.turnpike.portal.domain.model.plan.PlanStage;
import dev.turnpike.portal.domain.model.tenant.Tenant;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import dev.turnpike.usageplans.key.ApiKeyRecord;
import dev.turnpike.usageplans.plan.ApiStageRef;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import dev.turnpike.usageplans.plan.UsagePlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads everything the gateways serve into one immutable snapshot. */
@ApplicationScoped
public class SnapshotAssembler {
  private final ObjectMapper json = new SnapshotCodec().mapper();

  @Inject PlatformQueries platform;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public GatewaySnapshot assemble(long version) {
    List<Deployment> deployments =
        platform.allStages().stream().map(this::deploymentOf).flatMap(Optional::stream).toList();
    List<UsagePlan> plans = platform.allPlans().stream().map(SnapshotAssembler::planOf).toList();
    List<ApiKeyRecord> keys = platform.allKeys().stream().map(SnapshotAssembler::keyOf).toList();
    Map<String, ThrottleLimit> tenantThrottles = new HashMap<>();
    for (Tenant tenant : platform.allTenants()) {
      throttle(tenant.throttleRate(), tenant.throttleBurst())
          .ifPresent(limit -> tenantThrottles.put(tenant.id(), limit));
    }
    return new GatewaySnapshot(version, deployments, plans, keys, tenantThrottles);
  }

  private Optional<Deployment> deploymentOf(Stage stage) {
    return platform
        .deployment(stage.deploymentId())
        .map(
            d ->
                new Deployment(
                    stage.tenantId(),
                    stage.apiId(),
                    stage.name(),
                    d.id(),
                    definition(d.definitionJson()),
                    stage.variables(),
                    throttle(stage.throttleRate(), stage.throttleBurst()).orElse(null),
                    methodThrottles(stage.methodThrottles()),
                    stage.rateLimitHeaders()));
  }

  private static UsagePlan planOf(Plan plan) {
    QuotaLimit quota =
        plan.quotaLimit() == null
            ? null
            : new QuotaLimit(
                plan.quotaLimit(),
                plan.quotaPeriod(),
                plan.quotaOffset() == null ? 0 : plan.quotaOffset());
    return new UsagePlan(
        plan.id(),
        plan.tenantId(),
        plan.name(),
        throttle(plan.throttleRate(), plan.throttleBurst()).orElse(null),
        quota,
        plan.stages().stream()
            .map(s -> new ApiStageRef(s.apiId(), s.stage(), methodThrottles(plan, s)))
            .toList());
  }

  private static Map<String, ThrottleLimit> methodThrottles(Map<String, MethodThrottle> stored) {
    Map<String, ThrottleLimit> limits = new HashMap<>();
    stored.forEach((method, t) -> limits.put(method, new ThrottleLimit(t.rate(), t.burst())));
    return limits;
  }

  private static Map<String, ThrottleLimit> methodThrottles(Plan plan, PlanStage stage) {
    Map<String, ThrottleLimit> limits = new HashMap<>();
    for (PlanMethodThrottle t : plan.methodThrottles()) {
      if (t.apiId().equals(stage.apiId()) && t.stage().equals(stage.stage())) {
        limits.put(t.methodKey(), new ThrottleLimit(t.rate(), t.burst()));
      }
    }
    return limits;
  }

  private static ApiKeyRecord keyOf(ApiKey key) {
    return new ApiKeyRecord(
        key.id(),
        key.tenantId(),
        key.owner(),
        key.prefix(),
        key.hash(),
        // A key waiting for its subscription's approval is refused like a revoked one.
        key.enabled() && !key.awaitingApproval(),
        key.expiresAt(),
        key.planIds());
  }

  private static Optional<ThrottleLimit> throttle(Double rate, Integer burst) {
    return rate == null || burst == null
        ? Optional.empty()
        : Optional.of(new ThrottleLimit(rate, burst));
  }

  private ApiDefinition definition(String definitionJson) {
    try {
      return json.readValue(definitionJson, ApiDefinition.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored deployment definition is unreadable", e);
    }
  }
}
