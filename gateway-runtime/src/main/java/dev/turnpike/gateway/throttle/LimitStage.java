package dev.turnpike.gateway.throttle;

import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.Stage;
import dev.turnpike.gateway.pipeline.StageResult;
import dev.turnpike.gateway.throttle.BucketKeys.Scope;
import dev.turnpike.usageplans.limit.LimitEnforcer;
import dev.turnpike.usageplans.limit.LimitOutcome;
import dev.turnpike.usageplans.limit.QuotaCheck;
import dev.turnpike.usageplans.limit.RateLimitHeaders;
import dev.turnpike.usageplans.limit.ThrottleCheck;
import dev.turnpike.usageplans.limit.Verdict;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import dev.turnpike.usageplans.plan.UsagePlan;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Throttle and quota, in Amazon's order: usage-plan per-method limit for the key, usage-plan limit
 * for the key, stage per-method limit, stage limit, tenant limit; then the plan's quota. THROTTLED
 * is 429 {@code Too Many Requests}, QUOTA_EXCEEDED 429 {@code Limit Exceeded}. A counter store
 * failure fails the request: limits are never silently skipped. A store that fails closed ({@link
 * dev.turnpike.usageplans.limit.CounterStoreUnavailableException}) is answered 503 by the error
 * responder, anything else 500.
 *
 * <p>Response headers ({@link RateLimitHeaders}): every 429 carries {@code Retry-After}. When the
 * deployment's {@code rateLimitHeaders} switch is on, every response of a request that presented an
 * accepted API key also carries {@code RateLimit-Policy} and {@code RateLimit}. The throttle
 * advertised is the tightest of those applied to the request ({@link RateLimitHeaders#tightest}),
 * the quota the key's plan quota. The headers are set just before the response head is written, so
 * they replace same-named headers a backend sent.
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
        .map(
            outcome -> {
              advertise(context, throttles, quota, outcome);
              return toResult(outcome);
            });
  }

  /** Sets the rate-limit headers this response should carry, if any. */
  static void advertise(
      RequestContext context,
      List<ThrottleCheck> throttles,
      QuotaCheck quota,
      LimitOutcome outcome) {
    boolean full = context.apiKey() != null && context.deployment().deployment().rateLimitHeaders();
    if (!full && outcome.verdict() == Verdict.ALLOWED) {
      return;
    }
    RateLimitHeaders.Values values =
        RateLimitHeaders.compute(
            RateLimitHeaders.tightest(throttles),
            quota == null ? null : quota.limit(),
            outcome,
            context.receivedAt());
    Map<String, String> headers;
    if (full) {
      headers = values.asMap();
    } else if (values.retryAfterSeconds() != null) {
      headers = Map.of(RateLimitHeaders.RETRY_AFTER, Long.toString(values.retryAfterSeconds()));
    } else {
      headers = Map.of();
    }
    if (headers.isEmpty()) {
      return;
    }
    HttpServerResponse response = context.request().response();
    context.beforeHeaders(() -> headers.forEach(response.headers()::set));
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
