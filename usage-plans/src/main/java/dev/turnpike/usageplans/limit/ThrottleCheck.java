package dev.turnpike.usageplans.limit;

import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.util.Objects;

/**
 * One throttle to apply: the bucket's store key (the caller scopes it, e.g. {@code
 * tenant/plan/key/GET /pets}) and its limit.
 */
public record ThrottleCheck(String bucketKey, ThrottleLimit limit) {
  public ThrottleCheck {
    Objects.requireNonNull(bucketKey, "ThrottleCheck.bucketKey is required");
    Objects.requireNonNull(limit, "ThrottleCheck.limit is required for bucket " + bucketKey);
  }
}
