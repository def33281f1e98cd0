package dev.turnpike.portal.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An API stage a usage plan covers. */
@Embeddable
public class PlanStage {
  @Column(name = "api_id", nullable = false)
  private String apiId;

  @Column(name = "stage_name", nullable = false, length = 64)
  private String stage;

  protected PlanStage() {}

  public PlanStage(String apiId, String stage) {
    this.apiId = apiId;
    this.stage = stage;
  }

  public String apiId() {
    return apiId;
  }

  public String stage() {
    return stage;
  }
}
