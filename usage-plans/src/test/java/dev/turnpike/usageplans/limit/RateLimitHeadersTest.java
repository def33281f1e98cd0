package dev.turnpike.usageplans.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {
  private static final Instant NOW = Instant.parse("2024-03-06T23:00:00Z");
  private static final ThrottleLimit T100 = new ThrottleLimit(100, 100);
  private static final QuotaLimit DAILY = new QuotaLimit(1000, QuotaPeriod.DAY, 0);
  private static final Instant MIDNIGHT = Instant.parse("2024-03-07T00:00:00Z");

  @Test
  void allowed_request_advertises_both_policies_and_the_remaining_quota() {
    LimitOutcome allowed = new LimitOutcome(Verdict.ALLOWED, new QuotaDecision(true, 42, MIDNIGHT));
    RateLimitHeaders.Values v = RateLimitHeaders.compute(T100, DAILY, allowed, NOW);

    assertThat(v.rateLimitPolicy()).isEqualTo("\"burst\";q=100;w=1, \"quota\";q=1000;w=86400");
    assertThat(v.rateLimit()).isEqualTo("\"quota\";r=42;t=3600");
    assertThat(v.retryAfterSeconds()).isNull();
    assertThat(v.asMap()).containsOnlyKeys("RateLimit-Policy", "RateLimit");
  }

  @Test
  void throttled_request_gets_retry_after_until_the_next_token() {
    LimitOutcome throttled = new LimitOutcome(Verdict.THROTTLED, null);
    RateLimitHeaders.Values v =
        RateLimitHeaders.compute(new ThrottleLimit(0.25, 10), DAILY, throttled, NOW);

    assertThat(v.rateLimitPolicy()).startsWith("\"burst\";q=10;w=40, ");
    assertThat(v.rateLimit()).isEqualTo("\"burst\";r=0;t=4");
    assertThat(v.retryAfterSeconds()).isEqualTo(4);
    assertThat(v.asMap()).containsEntry("Retry-After", "4");
  }

  @Test
  void fast_throttle_still_says_retry_after_one_second() {
    RateLimitHeaders.Values v =
        RateLimitHeaders.compute(T100, null, new LimitOutcome(Verdict.THROTTLED, null), NOW);
    assertThat(v.retryAfterSeconds()).isEqualTo(1);
    assertThat(v.rateLimitPolicy()).isEqualTo("\"burst\";q=100;w=1");
  }

  @Test
  void quota_exceeded_gets_retry_after_until_the_period_ends() {
    LimitOutcome spent =
        new LimitOutcome(Verdict.QUOTA_EXCEEDED, new QuotaDecision(false, 0, MIDNIGHT));
    RateLimitHeaders.Values v = RateLimitHeaders.compute(T100, DAILY, spent, NOW.plusMillis(1500));

    assertThat(v.rateLimit()).isEqualTo("\"quota\";r=0;t=3599");
    assertThat(v.retryAfterSeconds()).isEqualTo(3599);
  }

  @Test
  void month_window_is_the_length_of_the_current_period() {
    QuotaLimit monthly = new QuotaLimit(5, QuotaPeriod.MONTH, 0);
    RateLimitHeaders.Values v =
        RateLimitHeaders.compute(
            null,
            monthly,
            new LimitOutcome(Verdict.ALLOWED, null),
            Instant.parse("2024-02-10T00:00:00Z"));
    assertThat(v.rateLimitPolicy()).isEqualTo("\"quota\";q=5;w=" + 29 * 86400);
    assertThat(v.rateLimit()).isNull();
  }

  @Test
  void throttle_that_never_refills_has_no_window() {
    RateLimitHeaders.Values v =
        RateLimitHeaders.compute(
            new ThrottleLimit(0, 5), null, new LimitOutcome(Verdict.THROTTLED, null), NOW);
    assertThat(v.rateLimitPolicy()).isEqualTo("\"burst\";q=5");
    assertThat(v.retryAfterSeconds()).isEqualTo(TokenBucket.MAX_IDLE_TTL.toSeconds());
  }

  @Test
  void nothing_to_advertise_sends_nothing() {
    RateLimitHeaders.Values v =
        RateLimitHeaders.compute(null, null, new LimitOutcome(Verdict.ALLOWED, null), NOW);
    assertThat(v.asMap()).isEqualTo(Map.of());
  }

  @Test
  void tightest_throttle_is_the_lowest_rate_then_the_smallest_burst() {
    ThrottleLimit a = new ThrottleLimit(10, 50);
    ThrottleLimit b = new ThrottleLimit(5, 100);
    ThrottleLimit c = new ThrottleLimit(5, 20);
    assertThat(
            RateLimitHeaders.tightest(
                List.of(
                    new ThrottleCheck("a", a),
                    new ThrottleCheck("b", b),
                    new ThrottleCheck("c", c))))
        .isEqualTo(c);
    assertThat(RateLimitHeaders.tightest(List.of())).isNull();
  }
}
