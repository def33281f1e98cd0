package dev.turnpike.usageplans.limit;

import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * The storage port for throttle buckets and quota counters. In-memory for one node, Redis for a
 * cluster; every implementation passes the same contract test. Calls never block the caller.
 */
public interface CounterStore extends AutoCloseable {

  /** Takes one token from the bucket if it has one; true when the request may pass. */
  CompletionStage<Boolean> tryTake(String bucketKey, ThrottleLimit limit, Instant now);

  /** Counts one request against the quota if it has room; a refusal spends nothing. */
  CompletionStage<QuotaDecision> tryConsume(String quotaKey, QuotaLimit limit, Instant now);

  /** Requests counted in the quota period that contains {@code now}. */
  CompletionStage<Long> used(String quotaKey, QuotaLimit limit, Instant now);

  @Override
  default void close() {}
}
