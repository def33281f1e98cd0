package dev.turnpike.usageplans.limit;

import java.time.Instant;

/** The answer of a quota check: allowed or not, what is left, and when the period resets. */
public record QuotaDecision(boolean allowed, long remaining, Instant resetsAt) {}
