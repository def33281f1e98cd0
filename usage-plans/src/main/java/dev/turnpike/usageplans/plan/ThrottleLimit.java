package dev.turnpike.usageplans.plan;

/**
 * A token bucket: {@code ratePerSecond} tokens refill each second (fractions allowed) into a bucket
 * that holds at most {@code burst} tokens. A burst of 0 refuses every request, as in AWS.
 */
public record ThrottleLimit(double ratePerSecond, int burst) {
  public ThrottleLimit {
    if (!(ratePerSecond >= 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException(
          "Throttle rate must be a finite number of requests per second >= 0, got "
              + ratePerSecond);
    }
    if (burst < 0) {
      throw new IllegalArgumentException("Throttle burst must be >= 0, got " + burst);
    }
  }
}
