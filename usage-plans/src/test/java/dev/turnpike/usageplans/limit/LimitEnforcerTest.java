package dev.turnpike.usageplans.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class LimitEnforcerTest {
  private static final Instant NOW = Instant.parse("2024-03-06T10:00:00Z");
  private static final ThrottleLimit OPEN = new ThrottleLimit(100, 100);
  private static final ThrottleLimit SHUT = new ThrottleLimit(100, 0);
  private static final QuotaLimit QUOTA = new QuotaLimit(2, QuotaPeriod.DAY, 0);

  /** The in-memory store, with a log of which buckets and quotas were asked, in order. */
  private static class RecordingStore implements CounterStore {
    final InMemoryCounterStore delegate = new InMemoryCounterStore();
    final List<String> calls = new ArrayList<>();

    @Override
    public CompletionStage<Boolean> tryTake(String bucketKey, ThrottleLimit limit, Instant now) {
      calls.add("take " + bucketKey);
      return delegate.tryTake(bucketKey, limit, now);
    }

    @Override
    public CompletionStage<QuotaDecision> tryConsume(
        String quotaKey, QuotaLimit limit, Instant now) {
      calls.add("consume " + quotaKey);
      return delegate.tryConsume(quotaKey, limit, now);
    }

    @Override
    public CompletionStage<Long> used(String quotaKey, QuotaLimit limit, Instant now) {
      return delegate.used(quotaKey, limit, now);
    }
  }

  private final RecordingStore store = new RecordingStore();
  private final LimitEnforcer enforcer = new LimitEnforcer(store);

  private LimitOutcome enforce(List<ThrottleCheck> throttles, QuotaCheck quota) {
    return enforcer.enforce(throttles, quota, NOW).toCompletableFuture().join();
  }

  private long used(String quotaKey) {
    return store.used(quotaKey, QUOTA, NOW).toCompletableFuture().join();
  }

  @Test
  void allows_when_every_throttle_and_the_quota_have_room() {
    LimitOutcome outcome =
        enforce(
            List.of(new ThrottleCheck("plan", OPEN), new ThrottleCheck("stage", OPEN)),
            new QuotaCheck("q", QUOTA));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(outcome.quota().remaining()).isEqualTo(1);
    assertThat(store.calls).containsExactly("take plan", "take stage", "consume q");
  }

  @Test
  void checks_throttles_in_the_given_order_and_the_first_refusal_wins() {
    LimitOutcome outcome =
        enforce(
            List.of(
                new ThrottleCheck("plan-method", OPEN),
                new ThrottleCheck("plan", SHUT),
                new ThrottleCheck("stage", OPEN)),
            null);
    assertThat(outcome.verdict()).isEqualTo(Verdict.THROTTLED);
    assertThat(store.calls).containsExactly("take plan-method", "take plan");
  }

  @Test
  void throttled_request_spends_no_quota() {
    LimitOutcome outcome =
        enforce(List.of(new ThrottleCheck("stage", SHUT)), new QuotaCheck("q", QUOTA));
    assertThat(outcome).isEqualTo(new LimitOutcome(Verdict.THROTTLED, null));
    assertThat(used("q")).isZero();
  }

  @Test
  void quota_refusal_gives_quota_exceeded_and_spends_nothing_more() {
    QuotaCheck quota = new QuotaCheck("q", QUOTA);
    enforce(List.of(), quota);
    enforce(List.of(), quota);
    LimitOutcome outcome = enforce(List.of(), quota);
    assertThat(outcome.verdict()).isEqualTo(Verdict.QUOTA_EXCEEDED);
    assertThat(outcome.quota().allowed()).isFalse();
    assertThat(outcome.quota().remaining()).isZero();
    assertThat(outcome.quota().resetsAt()).isEqualTo(Instant.parse("2024-03-07T00:00:00Z"));
    assertThat(used("q")).isEqualTo(2);
  }

  @Test
  void no_quota_means_no_quota_decision() {
    assertThat(enforce(List.of(new ThrottleCheck("stage", OPEN)), null))
        .isEqualTo(new LimitOutcome(Verdict.ALLOWED, null));
  }

  @Test
  void no_limits_at_all_allows() {
    assertThat(enforce(List.of(), null).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(store.calls).isEmpty();
  }

  @Test
  void a_store_failure_fails_the_outcome_for_the_caller_to_handle() {
    CounterStore broken =
        new RecordingStore() {
          @Override
          public CompletionStage<Boolean> tryTake(String key, ThrottleLimit limit, Instant now) {
            return CompletableFuture.failedFuture(new IllegalStateException("redis down"));
          }
        };
    CompletionStage<LimitOutcome> outcome =
        new LimitEnforcer(broken).enforce(List.of(new ThrottleCheck("s", OPEN)), null, NOW);
    assertThatThrownBy(() -> outcome.toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .hasRootCauseMessage("redis down");
  }
}
