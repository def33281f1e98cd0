package dev.turnpike.usageplans.limit;

import java.util.Objects;

/**
 * The verdict for one request, with the quota decision when a quota was checked ({@code null} when
 * there was no quota or a throttle refused first), e.g. for {@code X-RateLimit-*} style headers.
 */
public record LimitOutcome(Verdict verdict, QuotaDecision quota) {
  public LimitOutcome {
    Objects.requireNonNull(verdict, "LimitOutcome.verdict is required");
  }
}
