package dev.turnpike.usageplans.plan;

import java.util.Map;

/**
 * An API stage a usage plan covers, with optional per-method throttles keyed by {@code "GET
 * /pets/{id}"} (HTTP method, a space, the resource path).
 */
public record ApiStageRef(String apiId, String stage, Map<String, ThrottleLimit> methodThrottles) {
  public ApiStageRef {
    methodThrottles = methodThrottles == null ? Map.of() : Map.copyOf(methodThrottles);
  }
}
