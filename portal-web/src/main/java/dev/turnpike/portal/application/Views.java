package dev.turnpike.portal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the use cases hand out: plain records, safe to serialise, never entities. */
public final class Views {
  private Views() {}

  public record TenantView(String id, String slug, String displayName, String yourRole) {}

  public record ApiView(
      String id,
      String name,
      String version,
      int methodCount,
      List<String> methods,
      List<StageView> stages,
      List<PortalException.Detail> warnings,
      @jakarta.json.bind.annotation.JsonbTransient long draftVersion) {}

  public record StageView(
      String name,
      String deploymentId,
      String invokeUrl,
      Double throttleRate,
      Integer throttleBurst,
      boolean rateLimitHeaders,
      Map<String, String> variables,
      Map<String, ThrottleView> methodSettings) {}

  /** A token bucket as AWS names its fields in method settings and plan throttles. */
  public record ThrottleView(Double rateLimit, Integer burstLimit) {}

  public record DeploymentView(
      String id,
      String apiId,
      String stage,
      String description,
      Instant createdAt,
      String invokeUrl) {}

  public record PlanView(
      String id,
      String name,
      Double throttleRate,
      Integer throttleBurst,
      Long quotaLimit,
      String quotaPeriod,
      List<PlanStageView> apiStages,
      String approvalMode) {}

  /** An API stage a plan covers, with per-method throttles keyed {@code "GET /pets"} (or null). */
  public record PlanStageView(String apiId, String stage, Map<String, ThrottleView> throttle) {}

  public record KeyView(
      String id,
      String name,
      String owner,
      String prefix,
      boolean enabled,
      Set<String> usagePlanIds,
      Instant createdAt,
      Instant expiresAt,
      String status,
      LocalDate lastUsedOn) {}

  /** A new key: the only time its value is ever shown. */
  public record CreatedKey(KeyView key, String value) {}
}
