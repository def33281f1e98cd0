package dev.turnpike.usageplans.limit;

import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Duration;
import java.time.Instant;

/**
 * One throttle bucket as an immutable value: pure arithmetic on a caller-supplied time, so every
 * store (and the Redis Lua script, which mirrors this class) gives the same answers.
 *
 * <p>The math: a bucket that last changed at {@code t0} holding {@code k} tokens holds {@code
 * min(burst, k + (t - t0) * rate)} tokens at time {@code t}. A request passes when at least one
 * whole token is there, and spends it. A bucket nobody has seen is full ({@code burst} tokens), so
 * forgetting a bucket that has had time to refill completely changes nothing; that is what makes
 * eviction safe. Time is kept in microseconds since the epoch, exact in a double until the year
 * 2255, which keeps the Lua script (doubles only) in step. A {@code now} earlier than the last
 * update (clock skew between nodes) adds nothing and does not move the bucket's time backwards.
 */
public record TokenBucket(double tokens, long updatedAtMicros) {

  /**
   * Refills in floating point can land a hair under a whole token (0.1 + 0.2 + ... + 0.1 ≈
   * 0.9999999999); that close counts as one.
   */
  public static final double WHOLE_TOKEN_TOLERANCE = 1e-9;

  /** A bucket is remembered at least this long after its last use, to absorb clock skew. */
  public static final Duration MIN_IDLE_TTL = Duration.ofMinutes(1);

  /**
   * A bucket is forgotten at most this long after its last use, even when it would not have
   * refilled by then (rate 0, or a very slow rate); it then starts full again.
   */
  public static final Duration MAX_IDLE_TTL = Duration.ofDays(1);

  private static final double MICROS_PER_SECOND = 1_000_000d;

  /** The result of one take: whether the request passes, and the bucket to keep. */
  public record Take(boolean allowed, TokenBucket bucket) {}

  /** A bucket seen for the first time: full. */
  public static TokenBucket full(ThrottleLimit limit, Instant now) {
    return new TokenBucket(limit.burst(), epochMicros(now));
  }

  /** Takes one token from {@code currentOrNull} (null = never seen, so full) if it has one. */
  public static Take take(TokenBucket currentOrNull, ThrottleLimit limit, Instant now) {
    TokenBucket bucket =
        currentOrNull == null ? full(limit, now) : currentOrNull.refilledAt(limit, now);
    if (bucket.hasToken()) {
      return new Take(true, new TokenBucket(bucket.tokens - 1, bucket.updatedAtMicros));
    }
    return new Take(false, bucket);
  }

  /**
   * The bucket at {@code now}. Capped at the limit's burst even without elapsed time, so lowering a
   * plan's burst takes effect at once.
   */
  public TokenBucket refilledAt(ThrottleLimit limit, Instant now) {
    long nowMicros = epochMicros(now);
    long elapsed = Math.max(0, nowMicros - updatedAtMicros);
    double refilled = tokens + elapsed * limit.ratePerSecond() / MICROS_PER_SECOND;
    return new TokenBucket(Math.min(limit.burst(), refilled), Math.max(updatedAtMicros, nowMicros));
  }

  public boolean hasToken() {
    return tokens >= 1 - WHOLE_TOKEN_TOLERANCE;
  }

  /**
   * How long an idle bucket must be kept: the time an empty bucket takes to refill completely
   * (after that it equals a new bucket), kept within {@link #MIN_IDLE_TTL} and {@link
   * #MAX_IDLE_TTL}.
   */
  public static Duration idleTtl(ThrottleLimit limit) {
    if (limit.ratePerSecond() <= 0) {
      return MAX_IDLE_TTL;
    }
    double seconds = Math.ceil(limit.burst() / limit.ratePerSecond());
    if (seconds >= MAX_IDLE_TTL.toSeconds()) {
      return MAX_IDLE_TTL;
    }
    Duration refill = Duration.ofSeconds((long) seconds);
    return refill.compareTo(MIN_IDLE_TTL) < 0 ? MIN_IDLE_TTL : refill;
  }

  /** Microseconds since the epoch; throws for instants beyond about 290,000 years. */
  public static long epochMicros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }
}
