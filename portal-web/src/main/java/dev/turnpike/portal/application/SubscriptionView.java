package dev.turnpike.portal.application;

import java.time.Instant;

/**
 * A subscription as both sides see it: the tenant's members and the subscriber. {@code reason} is
 * the rejection reason, so the subscriber learns why; {@code keyName} the key's name, which the
 * subscriber may change.
 */
public record SubscriptionView(
    String id,
    String tenantId,
    String tenantName,
    String planId,
    String planName,
    String subscriber,
    String status,
    String keyId,
    String keyPrefix,
    String keyName,
    String reason,
    String decidedBy,
    Instant requestedAt,
    Instant decidedAt) {

  /** A new subscription with its key's value: the only time the value is shown. */
  public record Created(SubscriptionView subscription, String apiKey) {}
}
