package dev.turnpike.usageplans.plan;

/** The period a quota limit counts over, in UTC as Amazon API Gateway defines it. */
public enum QuotaPeriod {
  DAY,
  WEEK,
  MONTH
}
