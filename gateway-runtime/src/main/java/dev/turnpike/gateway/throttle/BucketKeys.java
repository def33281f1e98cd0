package dev.turnpike.gateway.throttle;

/**
 * Names of counter-store entries. Every name starts with the tenant, so two tenants never share a
 * bucket or a quota counter even if their ids for APIs, stages, keys or plans coincide.
 */
final class BucketKeys {
  private BucketKeys() {}

  static String planMethod(Scope s, String keyId, String planId, String methodKey) {
    return planKey(s, keyId, planId) + "|m=" + methodKey;
  }

  static String planKey(Scope s, String keyId, String planId) {
    return stage(s) + "|k=" + keyId + "|p=" + planId;
  }

  static String stageMethod(Scope s, String methodKey) {
    return stage(s) + "|m=" + methodKey;
  }

  static String stage(Scope s) {
    return tenant(s.tenantId()) + "|a=" + s.apiId() + "|s=" + s.stage();
  }

  static String tenant(String tenantId) {
    return "thr|t=" + tenantId;
  }

  /** Quotas count per key and plan across all the plan's API stages, as in Amazon. */
  static String quota(String tenantId, String planId, String keyId) {
    return "quota|t=" + tenantId + "|p=" + planId + "|k=" + keyId;
  }

  record Scope(String tenantId, String apiId, String stage) {}
}
