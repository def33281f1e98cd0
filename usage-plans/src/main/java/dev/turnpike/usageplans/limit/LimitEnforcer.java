package dev.turnpike.usageplans.limit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Applies a request's throttles, then its quota, against a {@link CounterStore}. Throttles are
 * checked one after the other in the caller's order (Amazon's: plan per-method, plan, stage
 * per-method, stage, tenant) and the first refusal wins, so later buckets are not drained by a
 * request that is refused anyway. The quota is checked last so a throttled request never spends
 * quota. Tokens already taken from earlier buckets are not given back when a later one refuses, as
 * in Amazon API Gateway. A store failure fails the returned stage; the caller decides whether to
 * fail open or closed.
 */
public final class LimitEnforcer {
  private final CounterStore store;

  public LimitEnforcer(CounterStore store) {
    this.store = Objects.requireNonNull(store, "LimitEnforcer: a CounterStore is required");
  }

  public CompletionStage<LimitOutcome> enforce(
      List<ThrottleCheck> throttles, QuotaCheck quotaOrNull, Instant now) {
    Objects.requireNonNull(
        throttles, "LimitEnforcer.enforce: throttles are required (or List.of())");
    Objects.requireNonNull(now, "LimitEnforcer.enforce: now is required");
    return throttleFrom(throttles, 0, now)
        .thenCompose(
            passed -> {
              if (!passed) {
                return CompletableFuture.completedFuture(new LimitOutcome(Verdict.THROTTLED, null));
              }
              if (quotaOrNull == null) {
                return CompletableFuture.completedFuture(new LimitOutcome(Verdict.ALLOWED, null));
              }
              return store
                  .tryConsume(quotaOrNull.quotaKey(), quotaOrNull.limit(), now)
                  .thenApply(
                      decision ->
                          new LimitOutcome(
                              decision.allowed() ? Verdict.ALLOWED : Verdict.QUOTA_EXCEEDED,
                              decision));
            });
  }

  /** True when every throttle from {@code index} on passes; stops at the first refusal. */
  private CompletionStage<Boolean> throttleFrom(
      List<ThrottleCheck> throttles, int index, Instant now) {
    if (index == throttles.size()) {
      return CompletableFuture.completedFuture(true);
    }
    ThrottleCheck check = throttles.get(index);
    return store
        .tryTake(check.bucketKey(), check.limit(), now)
        .thenCompose(
            passed ->
                passed
                    ? throttleFrom(throttles, index + 1, now)
                    : CompletableFuture.completedFuture(false));
  }
}
