package dev.turnpike.portal.domain.model.plan;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.Versioned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A usage plan: throttle and quota per key, for the API stages it covers. */
@Entity
@Table(
    name = "usage_plan",
    uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "name"}))
public class Plan implements TenantOwned, Versioned {
  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "throttle_rate")
  private Double throttleRate;

  @Column(name = "throttle_burst")
  private Integer throttleBurst;

  @Column(name = "quota_limit")
  private Long quotaLimit;

  @Enumerated(EnumType.STRING)
  @Column(name = "quota_period", length = 8)
  private QuotaPeriod quotaPeriod;

  @Column(name = "quota_offset")
  private Integer quotaOffset;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "usage_plan_stage", joinColumns = @JoinColumn(name = "plan_id"))
  private List<PlanStage> stages = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "usage_plan_method_throttle", joinColumns = @JoinColumn(name = "plan_id"))
  private List<PlanMethodThrottle> methodThrottles = new ArrayList<>();

  // Nullable so tables made before approval modes existed extend cleanly; null reads as AUTO.
  @Enumerated(EnumType.STRING)
  @Column(name = "approval_mode", length = 20)
  private ApprovalMode approvalMode;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Plan() {}

  public Plan(TenantId tenant, String name, List<PlanStage> stages) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.name = name;
    this.stages = new ArrayList<>(stages);
    this.createdAt = Instant.now();
  }

  public void throttle(Double rate, Integer burst) {
    this.throttleRate = rate;
    this.throttleBurst = burst;
  }

  public void quota(Long limit, QuotaPeriod period, Integer offset) {
    this.quotaLimit = limit;
    this.quotaPeriod = period;
    this.quotaOffset = offset;
  }

  public void methodThrottles(List<PlanMethodThrottle> throttles) {
    this.methodThrottles = new ArrayList<>(throttles);
  }

  public void approvalMode(ApprovalMode mode) {
    this.approvalMode = mode;
  }

  public ApprovalMode approvalMode() {
    return approvalMode == null ? ApprovalMode.AUTO_APPROVE : approvalMode;
  }

  public List<PlanMethodThrottle> methodThrottles() {
    return List.copyOf(methodThrottles);
  }

  public String id() {
    return id;
  }

  @Override
  public String tenantId() {
    return tenantId;
  }

  public String name() {
    return name;
  }

  public Double throttleRate() {
    return throttleRate;
  }

  public Integer throttleBurst() {
    return throttleBurst;
  }

  public Long quotaLimit() {
    return quotaLimit;
  }

  public QuotaPeriod quotaPeriod() {
    return quotaPeriod;
  }

  public Integer quotaOffset() {
    return quotaOffset;
  }

  /** True when the plan covers that API stage. */
  public boolean stage(String apiId, String stage) {
    return stages.stream().anyMatch(s -> s.apiId().equals(apiId) && s.stage().equals(stage));
  }

  public List<PlanStage> stages() {
    return List.copyOf(stages);
  }

  @Override
  public long version() {
    return version;
  }
}
