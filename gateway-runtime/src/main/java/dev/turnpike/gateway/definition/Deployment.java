package dev.turnpike.gateway.definition;

import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.util.Map;

/**
 * An API frozen for one stage of one tenant: served at {@code /{apiId}/{stage}/...}. {@code
 * stageThrottle} may be null (no stage limit); {@code methodThrottles} are keyed {@code "GET
 * /pets"}.
 */
public record Deployment(
    String tenantId,
    String apiId,
    String stage,
    String deploymentId,
    ApiDefinition api,
    Map<String, String> stageVariables,
    ThrottleLimit stageThrottle,
    Map<String, ThrottleLimit> methodThrottles) {

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

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Deployment needs a non-empty " + field);
    }
  }
}
