package dev.turnpike.portal.application;

import java.util.List;

/**
 * The words of the inbox messages a subscriber gets when a member decides on their subscription:
 * subject line and body, naming the plan, the APIs it covers and (on rejection) why.
 */
final class SubscriptionNotices {
  private SubscriptionNotices() {}

  record Notice(String subject, String body) {}

  /** {@code apis}: "Pets API (prod)" and so on, what the plan covers. */
  static Notice approved(String tenantName, String planName, List<String> apis, String keyPrefix) {
    return new Notice(
        "Approved: your subscription to " + planName,
        tenantName
            + " approved your subscription to the plan '"
            + planName
            + "'"
            + covering(apis)
            + ". Your key "
            + keyPrefix
            + "… works from now on; see its usage under My keys.");
  }

  static Notice rejected(
      String tenantName, String planName, List<String> apis, String keyPrefix, String reason) {
    return new Notice(
        "Rejected: your subscription to " + planName,
        tenantName
            + " rejected your subscription to the plan '"
            + planName
            + "'"
            + covering(apis)
            + ".\n\nReason: "
            + reason
            + "\n\nYour key "
            + keyPrefix
            + "… will not work. You may subscribe again once the reason is addressed.");
  }

  private static String covering(List<String> apis) {
    return apis.isEmpty() ? "" : " for " + String.join(", ", apis);
  }
}
