package dev.turnpike.portal.domain.model.subscription;

/** Where a subscription stands. Only PENDING may be approved or rejected. */
public enum SubscriptionStatus {
  PENDING,
  ACTIVE,
  REJECTED,
  CANCELLED
}
