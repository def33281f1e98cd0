package dev.turnpike.gateway.throttle;

import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.Stage;
import dev.turnpike.gateway.pipeline.StageResult;
import dev.turnpike.gateway.throttle.BucketKeys.Scope;
import dev.turnpike.usageplans.limit.LimitEnforcer;
import dev.turnpike.usageplans.limit.LimitOutcome;
import dev.turnpike.usageplans.limit.QuotaCheck;
import dev.turnpike.usageplans.limit.ThrottleCheck;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import dev.turnpike.usageplans.plan.UsagePlan;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;

/**
 * Throttle and quota, in Amazon's order: usage-plan per-method limit for the key, usage-plan limit
 * for the key, stage per-method limit, stage limit, tenant limit; then the plan's quota. THROTTLED
 * is 429 {@code Too Many Requests}, QUOTA_EXCEEDED 429 {@code Limit Exceeded}. A counter store
 * failure fails the request (500): limits are never silently skipped.
 */
public final class LimitStage implements Stage {

  private final LimitEnforcer enforcer;

  public LimitStage(LimitEnforcer enforcer) {
    this.enforcer = enforcer;
  }

  @Override
  public Future<StageResult> apply(RequestContext context) {
    List<ThrottleCheck> throttles = throttles(context);
    QuotaCheck quota = quota(context);
    if (throttles.isEmpty() && quota == null) {
      return Future.succeededFuture(StageResult.NEXT);
    }
    return Future.fromCompletionStage(
            enforcer.enforce(throttles, quota, context.receivedAt()), Vertx.currentContext())
        .map(LimitStage::toResult);
  }

  private static StageResult toResult(LimitOutcome outcome) {
    return switch (outcome.verdict()) {
      case ALLOWED -> StageResult.NEXT;
      case THROTTLED -> StageResult.refuse(GatewayError.THROTTLED);
      case QUOTA_EXCEEDED -> StageResult.refuse(GatewayError.QUOTA_EXCEEDED);
    };
  }

  static List<ThrottleCheck> throttles(RequestContext context) {
    var deployment = context.deployment().deployment();
    Scope scope = new Scope(deployment.tenantId(), deployment.apiId(), deployment.stage());
    String methodKey = context.method().definition().methodKey();
    List<ThrottleCheck> checks = new ArrayList<>(5);
    UsagePlan plan = context.plan();
    if (plan != null) {
      String keyId = context.apiKey().keyId();
      plan.stage(scope.apiId(), scope.stage())
          .map(ref -> ref.methodThrottles().get(methodKey))
          .ifPresent(
              limit ->
                  add(checks, BucketKeys.planMethod(scope, keyId, plan.id(), methodKey), limit));
      add(checks, BucketKeys.planKey(scope, keyId, plan.id()), plan.throttle());
    }
    add(
        checks,
        BucketKeys.stageMethod(scope, methodKey),
        deployment.methodThrottles().get(methodKey));
    add(checks, BucketKeys.stage(scope), deployment.stageThrottle());
    context
        .state()
        .tenantThrottle(scope.tenantId())
        .ifPresent(limit -> add(checks, BucketKeys.tenant(scope.tenantId()), limit));
    return checks;
  }

  private static QuotaCheck quota(RequestContext context) {
    UsagePlan plan = context.plan();
    if (plan == null || plan.quota() == null) {
      return null;
    }
    return new QuotaCheck(
        BucketKeys.quota(plan.tenantId(), plan.id(), context.apiKey().keyId()), plan.quota());
  }

  private static void add(List<ThrottleCheck> checks, String key, ThrottleLimit limit) {
    if (limit != null) {
      checks.add(new ThrottleCheck(key, limit));
    }
  }
}
