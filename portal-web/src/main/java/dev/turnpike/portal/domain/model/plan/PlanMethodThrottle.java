package dev.turnpike.portal.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A usage plan's limit for one method of one API stage it covers, per key. Held beside {@link
 * PlanStage} rather than inside it because an element collection cannot nest another.
 */
@Embeddable
public class PlanMethodThrottle {
  @Column(name = "api_id", nullable = false)
  private String apiId;

  @Column(name = "stage_name", nullable = false, length = 64)
  private String stage;

  @Column(name = "method_key", nullable = false, length = 300)
  private String methodKey;

  @Column(name = "throttle_rate", nullable = false)
  private double rate;

  @Column(name = "throttle_burst", nullable = false)
  private int burst;

  protected PlanMethodThrottle() {}

  public PlanMethodThrottle(String apiId, String stage, String methodKey, double rate, int burst) {
    this.apiId = apiId;
    this.stage = stage;
    this.methodKey = methodKey;
    this.rate = rate;
    this.burst = burst;
  }

  public String apiId() {
    return apiId;
  }

  public String stage() {
    return stage;
  }

  public String methodKey() {
    return methodKey;
  }

  public double rate() {
    return rate;
  }

  public int burst() {
    return burst;
  }
}
