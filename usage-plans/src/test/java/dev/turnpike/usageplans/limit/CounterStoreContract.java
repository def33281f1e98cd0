package dev.turnpike.usageplans.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CounterStore} must do, under a clock the test controls. Subclasses only say how
 * to make (and clean up) a fresh, empty store.
 */
public abstract class CounterStoreContract {
  protected static final Instant T0 = Instant.parse("2024-03-06T10:00:00Z");
  private static final QuotaLimit DAILY_3 = new QuotaLimit(3, QuotaPeriod.DAY, 0);

  protected CounterStore store;

  /** A store that holds nothing yet; called before each test. */
  protected abstract CounterStore newStore();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private boolean take(String key, ThrottleLimit limit, Instant now) {
    return store.tryTake(key, limit, now).toCompletableFuture().join();
  }

  private int takes(String key, ThrottleLimit limit, Instant now, int count) {
    int admitted = 0;
    for (int i = 0; i < count; i++) {
      admitted += take(key, limit, now) ? 1 : 0;
    }
    return admitted;
  }

  private QuotaDecision consume(String key, QuotaLimit limit, Instant now) {
    return store.tryConsume(key, limit, now).toCompletableFuture().join();
  }

  private long used(String key, QuotaLimit limit, Instant now) {
    return store.used(key, limit, now).toCompletableFuture().join();
  }

  @Test
  void new_bucket_starts_full_and_refuses_when_empty() {
    ThrottleLimit limit = new ThrottleLimit(1, 3);
    assertThat(takes("b", limit, T0, 3)).isEqualTo(3);
    assertThat(take("b", limit, T0)).isFalse();
  }

  @Test
  void bucket_refills_at_its_rate() {
    ThrottleLimit limit = new ThrottleLimit(2, 4);
    takes("b", limit, T0, 4);
    assertThat(takes("b", limit, T0.plusMillis(999), 4)).isEqualTo(1);
    assertThat(takes("b", limit, T0.plusSeconds(1), 4)).isEqualTo(1);
  }

  @Test
  void bucket_never_refills_past_its_burst() {
    ThrottleLimit limit = new ThrottleLimit(10, 2);
    takes("b", limit, T0, 2);
    assertThat(takes("b", limit, T0.plus(Duration.ofMinutes(30)), 5)).isEqualTo(2);
  }

  @Test
  void fractional_rate_refills_one_token_every_two_seconds() {
    ThrottleLimit limit = new ThrottleLimit(0.5, 1);
    assertThat(take("b", limit, T0)).isTrue();
    assertThat(take("b", limit, T0.plusSeconds(1))).isFalse();
    assertThat(take("b", limit, T0.plusSeconds(2))).isTrue();
    assertThat(take("b", limit, T0.plusSeconds(3))).isFalse();
    assertThat(take("b", limit, T0.plusSeconds(4))).isTrue();
  }

  @Test
  void small_refills_add_up_to_a_whole_token_despite_rounding() {
    ThrottleLimit limit = new ThrottleLimit(0.1, 1);
    assertThat(take("b", limit, T0)).isTrue();
    for (int s = 1; s < 10; s++) {
      assertThat(take("b", limit, T0.plusSeconds(s))).as("after %d s", s).isFalse();
    }
    assertThat(take("b", limit, T0.plusSeconds(10))).isTrue();
  }

  @Test
  void burst_zero_always_refuses() {
    assertThat(takes("b", new ThrottleLimit(50, 0), T0, 3)).isZero();
  }

  @Test
  void time_going_backwards_adds_no_tokens() {
    ThrottleLimit limit = new ThrottleLimit(1, 1);
    assertThat(take("b", limit, T0.plusSeconds(5))).isTrue();
    assertThat(take("b", limit, T0)).isFalse();
    assertThat(take("b", limit, T0.plusSeconds(5))).isFalse();
    assertThat(take("b", limit, T0.plusSeconds(6))).isTrue();
  }

  @Test
  void buckets_with_different_keys_are_independent() {
    ThrottleLimit limit = new ThrottleLimit(0, 1);
    assertThat(take("tenant-a/b", limit, T0)).isTrue();
    assertThat(take("tenant-b/b", limit, T0)).isTrue();
    assertThat(take("tenant-a/b", limit, T0)).isFalse();
  }

  @Test
  void quota_admits_up_to_its_limit_and_counts_down() {
    assertThat(consume("q", DAILY_3, T0))
        .isEqualTo(new QuotaDecision(true, 2, Instant.parse("2024-03-07T00:00:00Z")));
    assertThat(consume("q", DAILY_3, T0).remaining()).isEqualTo(1);
    assertThat(consume("q", DAILY_3, T0).remaining()).isZero();
    assertThat(used("q", DAILY_3, T0)).isEqualTo(3);
  }

  @Test
  void quota_refusal_spends_nothing() {
    for (int i = 0; i < 3; i++) {
      consume("q", DAILY_3, T0);
    }
    QuotaDecision refused = consume("q", DAILY_3, T0);
    assertThat(refused)
        .isEqualTo(new QuotaDecision(false, 0, Instant.parse("2024-03-07T00:00:00Z")));
    consume("q", DAILY_3, T0);
    assertThat(used("q", DAILY_3, T0)).isEqualTo(3);
  }

  @Test
  void quota_starts_again_in_the_next_period() {
    for (int i = 0; i < 4; i++) {
      consume("q", DAILY_3, T0);
    }
    Instant tomorrow = Instant.parse("2024-03-07T00:00:00Z");
    assertThat(used("q", DAILY_3, tomorrow)).isZero();
    assertThat(consume("q", DAILY_3, tomorrow))
        .isEqualTo(new QuotaDecision(true, 2, Instant.parse("2024-03-08T00:00:00Z")));
  }

  @Test
  void quota_of_zero_refuses_everything() {
    assertThat(consume("q", new QuotaLimit(0, QuotaPeriod.MONTH, 0), T0).allowed()).isFalse();
  }

  @Test
  void used_is_zero_for_a_quota_never_consumed() {
    assertThat(used("never", DAILY_3, T0)).isZero();
  }

  @Test
  void quotas_with_different_keys_are_independent() {
    for (int i = 0; i < 3; i++) {
      consume("key-a", DAILY_3, T0);
    }
    assertThat(consume("key-b", DAILY_3, T0).allowed()).isTrue();
  }

  @Test
  void concurrent_takes_admit_exactly_the_burst() throws Exception {
    ThrottleLimit limit = new ThrottleLimit(0, 50);
    int admitted = hammer(() -> store.tryTake("hot", limit, T0).thenApply(ok -> ok ? 1 : 0));
    assertThat(admitted).isEqualTo(50);
  }

  @Test
  void concurrent_consumes_admit_exactly_the_quota() throws Exception {
    QuotaLimit limit = new QuotaLimit(100, QuotaPeriod.MONTH, 0);
    int admitted =
        hammer(() -> store.tryConsume("hot", limit, T0).thenApply(d -> d.allowed() ? 1 : 0));
    assertThat(admitted).isEqualTo(100);
    assertThat(used("hot", limit, T0)).isEqualTo(100);
  }

  /** 8 threads start together and issue 50 calls each; returns the sum of the results. */
  private static int hammer(Supplier<CompletionStage<Integer>> call) throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<CompletionStage<Integer>>>> issued = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        issued.add(
            pool.submit(
                () -> {
                  start.await();
                  List<CompletionStage<Integer>> calls = new ArrayList<>();
                  for (int i = 0; i < 50; i++) {
                    calls.add(call.get());
                  }
                  return calls;
                }));
      }
      start.countDown();
      int sum = 0;
      for (Future<List<CompletionStage<Integer>>> f : issued) {
        for (CompletionStage<Integer> c : f.get(20, TimeUnit.SECONDS)) {
          sum += c.toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
      }
      return sum;
    } finally {
      pool.shutdownNow();
    }
  }
}
