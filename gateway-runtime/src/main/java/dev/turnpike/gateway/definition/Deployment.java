package dev.turnpike.gateway.definition;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.util.Map;

/**
 * An API frozen for one stage of one tenant: served at {@code /{apiId}/{stage}/...}. {@code
 * stageThrottle} may be null (no stage limit); {@code methodThrottles} are keyed {@code "GET
 * /pets"}.
 *
 * <p>{@code rateLimitHeaders} is the stage's switch for the IETF {@code RateLimit-Policy} / {@code
 * RateLimit} response headers on key-metered methods (default false). In JSON it is the optional
 * boolean property {@code "rateLimitHeaders"}: a snapshot without it (an older portal's) reads as
 * false, and an older node ignores it. {@code Retry-After} on 429s does not depend on it.
 */
public record Deployment(
    String tenantId,
    String apiId,
    String stage,
    String deploymentId,
    ApiDefinition api,
    Map<String, String> stageVariables,
    ThrottleLimit stageThrottle,
    Map<String, ThrottleLimit> methodThrottles,
    boolean rateLimitHeaders) {

  @JsonCreator
  public Deployment {
    requireText(tenantId, "tenantId");
    requireText(apiId, "apiId");
    requireText(stage, "stage");
    if (api == null) {
      throw new IllegalArgumentException(
          "Deployment of " + apiId + "/" + stage + " needs an API definition");
    }
    stageVariables = stageVariables == null ? Map.of() : Map.copyOf(stageVariables);
    methodThrottles = methodThrottles == null ? Map.of() : Map.copyOf(methodThrottles);
  }

  /** A deployment without rate-limit headers (the shape before the switch existed). */
  public Deployment(
      String tenantId,
      String apiId,
      String stage,
      String deploymentId,
      ApiDefinition api,
      Map<String, String> stageVariables,
      ThrottleLimit stageThrottle,
      Map<String, ThrottleLimit> methodThrottles) {
    this(
        tenantId,
        apiId,
        stage,
        deploymentId,
        api,
        stageVariables,
        stageThrottle,
        methodThrottles,
        false);
  }

  /** This deployment with the rate-limit header switch set. */
  public Deployment withRateLimitHeaders(boolean on) {
    return new Deployment(
        tenantId,
        apiId,
        stage,
        deploymentId,
        api,
        stageVariables,
        stageThrottle,
        methodThrottles,
        on);
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Deployment needs a non-empty " + field);
    }
  }
}
