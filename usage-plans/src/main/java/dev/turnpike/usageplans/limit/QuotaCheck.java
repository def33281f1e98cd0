package dev.turnpike.usageplans.limit;

import dev.turnpike.usageplans.plan.QuotaLimit;
import java.util.Objects;

/**
 * The quota to apply: the counter's store key (the caller scopes it, e.g. {@code tenant/plan/key})
 * and its limit.
 */
public record QuotaCheck(String quotaKey, QuotaLimit limit) {
  public QuotaCheck {
    Objects.requireNonNull(quotaKey, "QuotaCheck.quotaKey is required");
    Objects.requireNonNull(limit, "QuotaCheck.limit is required for quota " + quotaKey);
  }
}
