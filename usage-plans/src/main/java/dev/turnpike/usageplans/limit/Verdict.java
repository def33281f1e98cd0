package dev.turnpike.usageplans.limit;

/**
 * What the limits say about one request. THROTTLED maps to 429 {@code Too Many Requests} and
 * QUOTA_EXCEEDED to 429 {@code Limit Exceeded} at the gateway.
 */
public enum Verdict {
  ALLOWED,
  THROTTLED,
  QUOTA_EXCEEDED
}
