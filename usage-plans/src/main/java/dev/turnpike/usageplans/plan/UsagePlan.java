package dev.turnpike.usageplans.plan;

import java.util.List;
import java.util.Optional;

/**
 * A usage plan: an optional throttle and quota applied to each key, for the API stages it covers.
 */
public record UsagePlan(
    String id,
    String tenantId,
    String name,
    ThrottleLimit throttle,
    QuotaLimit quota,
    List<ApiStageRef> apiStages) {
  public UsagePlan {
    apiStages = apiStages == null ? List.of() : List.copyOf(apiStages);
  }

  public Optional<ApiStageRef> stage(String apiId, String stage) {
    return apiStages.stream()
        .filter(s -> s.apiId().equals(apiId) && s.stage().equals(stage))
        .findFirst();
  }
}
