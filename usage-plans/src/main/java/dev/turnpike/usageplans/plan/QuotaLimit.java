package dev.turnpike.usageplans.plan;

/**
 * At most {@code limit} requests per {@code period}; {@code offset} shifts the start of the period
 * (days into a WEEK or MONTH; 0 for DAY) as AWS's quota offset does.
 */
public record QuotaLimit(long limit, QuotaPeriod period, int offset) {
  public QuotaLimit {
    if (limit < 0) {
      throw new IllegalArgumentException("Quota limit must be >= 0, got " + limit);
    }
    if (period == null) {
      throw new IllegalArgumentException("Quota period is required (DAY, WEEK or MONTH)");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("Quota offset must be >= 0, got " + offset);
    }
  }
}
