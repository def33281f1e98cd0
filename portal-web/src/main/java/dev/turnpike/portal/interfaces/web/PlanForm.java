package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.PlanService;
import dev.turnpike.portal.application.PlanService.PlanRequest;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.Views.PlanStageView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The "new usage plan" form on the tenant page. */
@Named("planForm")
@RequestScoped
public class PlanForm {
  @Inject PlanService plans;
  @Inject WebCaller me;
  @Inject TenantPage page;

  private String name;
  private Double rate = 10.0;
  private Integer burst = 20;
  private Long quotaLimit = 1000L;
  private String quotaPeriod = "DAY";
  private String apiId;
  private String stage = "prod";
  private String approvalMode = "AUTO_APPROVE";

  public void create() {
    try {
      List<PlanStageView> stages =
          apiId == null || apiId.isBlank()
              ? List.of()
              : List.of(new PlanStageView(apiId, stage, null));
      var plan =
          plans.create(
              me.caller(),
              page.getTenantId(),
              new PlanRequest(name, rate, burst, quotaLimit, quotaPeriod, 0, stages, approvalMode));
      Messages.done("Created usage plan '" + plan.name() + "'.");
    } catch (PortalException e) {
      Messages.refused(e);
    } finally {
      page.refresh();
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Double getRate() {
    return rate;
  }

  public void setRate(Double rate) {
    this.rate = rate;
  }

  public Integer getBurst() {
    return burst;
  }

  public void setBurst(Integer burst) {
    this.burst = burst;
  }

  public Long getQuotaLimit() {
    return quotaLimit;
  }

  public void setQuotaLimit(Long quotaLimit) {
    this.quotaLimit = quotaLimit;
  }

  public String getQuotaPeriod() {
    return quotaPeriod;
  }

  public void setQuotaPeriod(String quotaPeriod) {
    this.quotaPeriod = quotaPeriod;
  }

  public String getApiId() {
    return apiId;
  }

  public void setApiId(String apiId) {
    this.apiId = apiId;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getApprovalMode() {
    return approvalMode;
  }

  public void setApprovalMode(String approvalMode) {
    this.approvalMode = approvalMode;
  }
}
