package dev.turnpike.usageplans.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final Instant T0 = Instant.parse("2024-03-06T10:00:00Z");

  /** Runs {@code count} takes at {@code now}, threading the bucket through; returns admitted. */
  private static int admitted(Holder holder, ThrottleLimit limit, Instant now, int count) {
    int allowed = 0;
    for (int i = 0; i < count; i++) {
      TokenBucket.Take take = TokenBucket.take(holder.bucket, limit, now);
      holder.bucket = take.bucket();
      allowed += take.allowed() ? 1 : 0;
    }
    return allowed;
  }

  private static final class Holder {
    TokenBucket bucket;
  }

  @Test
  void new_bucket_starts_full() {
    assertThat(admitted(new Holder(), new ThrottleLimit(1, 5), T0, 5)).isEqualTo(5);
  }

  @Test
  void refuses_when_bucket_is_empty() {
    Holder h = new Holder();
    admitted(h, new ThrottleLimit(1, 2), T0, 2);
    assertThat(TokenBucket.take(h.bucket, new ThrottleLimit(1, 2), T0).allowed()).isFalse();
  }

  @Test
  void refills_at_rate_tokens_per_second() {
    ThrottleLimit limit = new ThrottleLimit(10, 10);
    Holder h = new Holder();
    admitted(h, limit, T0, 10);
    assertThat(admitted(h, limit, T0.plusMillis(500), 10)).isEqualTo(5);
    assertThat(admitted(h, limit, T0.plusMillis(600), 10)).isEqualTo(1);
  }

  @Test
  void never_holds_more_than_burst_however_long_it_idles() {
    ThrottleLimit limit = new ThrottleLimit(100, 3);
    Holder h = new Holder();
    admitted(h, limit, T0, 3);
    assertThat(admitted(h, limit, T0.plus(Duration.ofHours(5)), 10)).isEqualTo(3);
  }

  @Test
  void fractional_rate_of_half_per_second_admits_one_request_every_two_seconds() {
    ThrottleLimit limit = new ThrottleLimit(0.5, 1);
    Holder h = new Holder();
    assertThat(admitted(h, limit, T0, 2)).isEqualTo(1);
    assertThat(admitted(h, limit, T0.plusMillis(1_999), 1)).isZero();
    assertThat(admitted(h, limit, T0.plusSeconds(2), 1)).isEqualTo(1);
    assertThat(admitted(h, limit, T0.plusSeconds(3), 1)).isZero();
    assertThat(admitted(h, limit, T0.plusSeconds(4), 1)).isEqualTo(1);
  }

  @Test
  void many_small_refills_add_up_to_a_whole_token_despite_rounding() {
    ThrottleLimit limit = new ThrottleLimit(0.1, 1);
    Holder h = new Holder();
    admitted(h, limit, T0, 1);
    for (int s = 1; s < 10; s++) {
      assertThat(admitted(h, limit, T0.plusSeconds(s), 1)).as("second %d", s).isZero();
    }
    assertThat(admitted(h, limit, T0.plusSeconds(10), 1)).isEqualTo(1);
  }

  @Test
  void burst_zero_always_refuses() {
    ThrottleLimit limit = new ThrottleLimit(1000, 0);
    Holder h = new Holder();
    assertThat(admitted(h, limit, T0, 3)).isZero();
    assertThat(admitted(h, limit, T0.plus(Duration.ofDays(1)), 3)).isZero();
  }

  @Test
  void time_going_backwards_adds_no_tokens_and_keeps_the_later_time() {
    ThrottleLimit limit = new ThrottleLimit(1, 1);
    Holder h = new Holder();
    admitted(h, limit, T0.plusSeconds(10), 1);
    assertThat(admitted(h, limit, T0, 1)).isZero();
    assertThat(h.bucket.updatedAtMicros()).isEqualTo(TokenBucket.epochMicros(T0.plusSeconds(10)));
    // Refill resumes from the later time, not from the earlier one seen out of order.
    assertThat(admitted(h, limit, T0.plusMillis(10_500), 1)).isZero();
    assertThat(admitted(h, limit, T0.plusSeconds(11), 1)).isEqualTo(1);
  }

  @Test
  void lowering_the_burst_caps_tokens_already_in_the_bucket() {
    TokenBucket bucket = TokenBucket.full(new ThrottleLimit(1, 100), T0);
    assertThat(bucket.refilledAt(new ThrottleLimit(1, 2), T0).tokens()).isEqualTo(2);
  }

  @Test
  void idle_ttl_is_the_time_to_refill_from_empty_within_bounds() {
    assertThat(TokenBucket.idleTtl(new ThrottleLimit(1, 600))).isEqualTo(Duration.ofMinutes(10));
    assertThat(TokenBucket.idleTtl(new ThrottleLimit(100, 5))).isEqualTo(TokenBucket.MIN_IDLE_TTL);
    assertThat(TokenBucket.idleTtl(new ThrottleLimit(0, 5))).isEqualTo(TokenBucket.MAX_IDLE_TTL);
    assertThat(TokenBucket.idleTtl(new ThrottleLimit(0.0001, 100)))
        .isEqualTo(TokenBucket.MAX_IDLE_TTL);
  }

  @Test
  void epoch_micros_keeps_sub_millisecond_precision() {
    assertThat(TokenBucket.epochMicros(Instant.ofEpochSecond(2, 3_456_789))).isEqualTo(2_003_456);
  }
}
