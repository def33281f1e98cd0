package dev.turnpike.usageplans.limit;

import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code RateLimit-Policy}, {@code RateLimit} and {@code Retry-After} response header values
 * for one request's {@link LimitOutcome}: a pure function, so the gateway only decides whether a
 * stage sends them (a per-stage switch) and copies the values.
 *
 * <p>Follows <a
 * href="https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/09/">draft-ietf-httpapi-ratelimit-headers-09</a>
 * (18 March 2025): both fields are Structured Field Lists (RFC 9651) of Items whose value is the
 * policy name as an sf-string. {@code RateLimit-Policy} items carry {@code q} (quota units, here
 * requests) and {@code w} (window in seconds); {@code RateLimit} items carry {@code r} (remaining
 * units) and {@code t} (seconds until the quota resets). Two policies are named:
 *
 * <ul>
 *   <li>{@value #BURST}: the token bucket, as "at most {@code burst} requests per the time an empty
 *       bucket takes to refill", {@code q=burst;w=ceil(burst/rate)} (rate 100, burst 100 gives
 *       {@code "burst";q=100;w=1}). The store does not report the tokens left, so its {@code
 *       RateLimit} item is sent only on a THROTTLED refusal, as {@code r=0;t=<seconds to the next
 *       token>}.
 *   <li>{@value #QUOTA}: the usage plan quota, {@code q=limit;w=<length of the current period>}
 *       (86400 for a DAY, the current month's length for a MONTH), and {@code
 *       r=<remaining>;t=<seconds to the period end>} whenever the quota was checked.
 * </ul>
 *
 * <p>{@code Retry-After} (delay-seconds, RFC 9110 §10.2.3) is set on refusals only: for THROTTLED
 * the seconds until the bucket has a token again (at least 1), for QUOTA_EXCEEDED the seconds until
 * the quota period ends.
 */
public final class RateLimitHeaders {
  /** The policy name used for the throttle. */
  public static final String BURST = "burst";

  /** The policy name used for the quota. */
  public static final String QUOTA = "quota";

  public static final String RATELIMIT_POLICY = "RateLimit-Policy";
  public static final String RATELIMIT = "RateLimit";
  public static final String RETRY_AFTER = "Retry-After";

  private RateLimitHeaders() {}

  /**
   * The header values; a field with nothing to say is {@code null} and is not sent. {@link
   * #asMap()} gives the fields to set, in a stable order.
   */
  public record Values(String rateLimitPolicy, String rateLimit, Long retryAfterSeconds) {
    public Map<String, String> asMap() {
      Map<String, String> headers = new LinkedHashMap<>();
      if (rateLimitPolicy != null) {
        headers.put(RATELIMIT_POLICY, rateLimitPolicy);
      }
      if (rateLimit != null) {
        headers.put(RATELIMIT, rateLimit);
      }
      if (retryAfterSeconds != null) {
        headers.put(RETRY_AFTER, Long.toString(retryAfterSeconds));
      }
      return Collections.unmodifiableMap(headers);
    }
  }

  /**
   * Computes the headers.
   *
   * @param throttleOrNull the throttle to advertise (e.g. the key's plan throttle, or {@link
   *     #tightest}); null for none
   * @param quotaOrNull the quota to advertise; null for none
   * @param outcome what {@link LimitEnforcer} decided
   * @param now the request's time (the same one given to the enforcer)
   */
  public static Values compute(
      ThrottleLimit throttleOrNull, QuotaLimit quotaOrNull, LimitOutcome outcome, Instant now) {
    Objects.requireNonNull(outcome, "RateLimitHeaders.compute: outcome is required");
    Objects.requireNonNull(now, "RateLimitHeaders.compute: now is required");
    List<String> policies = new ArrayList<>(2);
    List<String> current = new ArrayList<>(2);
    Long retryAfter = null;

    if (throttleOrNull != null) {
      StringBuilder item =
          new StringBuilder(item(BURST)).append(";q=").append(throttleOrNull.burst());
      long window = refillSeconds(throttleOrNull);
      if (window > 0) {
        item.append(";w=").append(window);
      }
      policies.add(item.toString());
    }
    if (quotaOrNull != null) {
      long window =
          Duration.between(
                  QuotaPeriods.periodStart(quotaOrNull, now),
                  QuotaPeriods.periodEnd(quotaOrNull, now))
              .toSeconds();
      policies.add(item(QUOTA) + ";q=" + quotaOrNull.limit() + ";w=" + window);
    }

    if (outcome.verdict() == Verdict.THROTTLED) {
      retryAfter = throttleOrNull == null ? 1L : secondsToNextToken(throttleOrNull);
      if (throttleOrNull != null) {
        current.add(item(BURST) + ";r=0;t=" + retryAfter);
      }
    }
    QuotaDecision decision = outcome.quota();
    if (decision != null) {
      long toReset = Math.max(0, ceilSeconds(Duration.between(now, decision.resetsAt())));
      current.add(item(QUOTA) + ";r=" + decision.remaining() + ";t=" + toReset);
      if (outcome.verdict() == Verdict.QUOTA_EXCEEDED) {
        retryAfter = Math.max(1, toReset);
      }
    } else if (outcome.verdict() == Verdict.QUOTA_EXCEEDED && quotaOrNull != null) {
      retryAfter =
          Math.max(1, ceilSeconds(Duration.between(now, QuotaPeriods.periodEnd(quotaOrNull, now))));
    }
    return new Values(join(policies), join(current), retryAfter);
  }

  /**
   * The throttle a client meets first in the long run: the lowest rate, then the smallest burst;
   * null for an empty list.
   */
  public static ThrottleLimit tightest(List<ThrottleCheck> throttles) {
    ThrottleLimit tightest = null;
    for (ThrottleCheck check : throttles) {
      ThrottleLimit l = check.limit();
      if (tightest == null
          || l.ratePerSecond() < tightest.ratePerSecond()
          || (l.ratePerSecond() == tightest.ratePerSecond() && l.burst() < tightest.burst())) {
        tightest = l;
      }
    }
    return tightest;
  }

  /** Seconds an empty bucket takes to refill to {@code burst}; 0 when it never refills. */
  static long refillSeconds(ThrottleLimit limit) {
    if (limit.ratePerSecond() <= 0 || limit.burst() == 0) {
      return 0;
    }
    return Math.max(1, (long) Math.ceil(limit.burst() / limit.ratePerSecond()));
  }

  /**
   * Seconds until an empty bucket holds one token, at least 1; a bucket that never refills is
   * forgotten (and so full again) after its idle TTL.
   */
  static long secondsToNextToken(ThrottleLimit limit) {
    if (limit.ratePerSecond() <= 0 || limit.burst() == 0) {
      return TokenBucket.idleTtl(limit).toSeconds();
    }
    return Math.max(1, (long) Math.ceil(1 / limit.ratePerSecond()));
  }

  private static long ceilSeconds(Duration d) {
    long seconds = d.getSeconds();
    return d.getNano() > 0 ? seconds + 1 : seconds;
  }

  /** An sf-string; our names need no escaping, but stay safe for any caller-chosen name. */
  private static String item(String name) {
    return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String join(List<String> items) {
    return items.isEmpty() ? null : String.join(", ", items);
  }
}
