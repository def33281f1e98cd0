package dev.turnpike.portal.application;

import dev.turnpike.portal.application.Views.PlanStageView;
import dev.turnpike.portal.application.Views.PlanView;
import dev.turnpike.portal.application.Views.ThrottleView;
import dev.turnpike.portal.domain.model.api.Api;
import dev.turnpike.portal.domain.model.plan.ApprovalMode;
import dev.turnpike.portal.domain.model.plan.Plan;
import dev.turnpike.portal.domain.model.plan.PlanMethodThrottle;
import dev.turnpike.portal.domain.model.plan.PlanStage;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.persistence.JpaApiRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaPlanRepository;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Usage plans: throttle and quota per key over a set of API stages. */
@ApplicationScoped
@Transactional
public class PlanService {
  /** What a person asks for; null throttle or quota fields mean "no limit of that kind". */
  public record PlanRequest(
      String name,
      Double throttleRate,
      Integer throttleBurst,
      Long quotaLimit,
      String quotaPeriod,
      Integer quotaOffset,
      List<PlanStageView> apiStages,
      String approvalMode) {}

  @Inject TenantAccess access;
  @Inject JpaPlanRepository plans;
  @Inject JpaApiRepository apis;
  @Inject Event<ConfigurationChanged> changed;
  @Inject ApiMethods methods;

  public PlanView create(Caller caller, String tenantId, PlanRequest request) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.ADMIN);
    String name = Inputs.name("name", request.name(), 120);
    if (plans.list(tenant).stream().anyMatch(p -> p.name().equals(name))) {
      throw new PortalException(
          PortalException.Kind.CONFLICT, "A usage plan named '" + name + "' already exists.");
    }
    Plan plan = new Plan(tenant, name, stagesOf(tenant, request.apiStages()));
    plan.methodThrottles(methodThrottlesOf(tenant, request.apiStages()));
    plan.approvalMode(approvalMode(request.approvalMode()));
    if (request.throttleRate() != null || request.throttleBurst() != null) {
      plan.throttle(
          Inputs.rate("throttleRate", request.throttleRate()),
          Inputs.nonNegative("throttleBurst", request.throttleBurst()));
    }
    if (request.quotaLimit() != null) {
      if (request.quotaLimit() < 0) {
        throw PortalException.badInput("quotaLimit", "give a whole number of requests, 0 or more.");
      }
      plan.quota(
          request.quotaLimit(),
          period(request.quotaPeriod()),
          request.quotaOffset() == null
              ? 0
              : Inputs.nonNegative("quotaOffset", request.quotaOffset()));
    }
    plans.add(tenant, plan);
    changed.fire(new ConfigurationChanged(tenant.value(), "usage plan"));
    return view(plan);
  }

  public List<PlanView> list(Caller caller, String tenantId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    return plans.list(tenant).stream().map(PlanService::view).toList();
  }

  private List<PlanStage> stagesOf(TenantId tenant, List<PlanStageView> requested) {
    List<PlanStage> result = new ArrayList<>();
    for (PlanStageView stage : requested == null ? List.<PlanStageView>of() : requested) {
      apis.find(tenant, stage.apiId())
          .orElseThrow(() -> PortalException.notFound("API", stage.apiId()));
      result.add(new PlanStage(stage.apiId(), Inputs.stage(stage.stage())));
    }
    return result;
  }

  /** The per-method throttles of each covered stage, flattened beside the stages. */
  private List<PlanMethodThrottle> methodThrottlesOf(
      TenantId tenant, List<PlanStageView> requested) {
    List<PlanMethodThrottle> result = new ArrayList<>();
    for (PlanStageView stage : requested == null ? List.<PlanStageView>of() : requested) {
      if (stage.throttle() == null || stage.throttle().isEmpty()) {
        continue;
      }
      Api api =
          apis.find(tenant, stage.apiId())
              .orElseThrow(() -> PortalException.notFound("API", stage.apiId()));
      String field = "apiStages." + stage.apiId() + "/" + stage.stage() + ".throttle";
      StageInputs.throttles(field, Map.of(), stage.throttle(), methods.methodKeys(api))
          .forEach(
              (method, limit) ->
                  result.add(
                      new PlanMethodThrottle(
                          api.id(), stage.stage(), method, limit.rate(), limit.burst())));
    }
    return result;
  }

  static ApprovalMode approvalMode(String value) {
    if (value == null || value.isBlank()) {
      return ApprovalMode.AUTO_APPROVE;
    }
    try {
      return ApprovalMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw PortalException.badInput(
          "approvalMode", "'" + value + "' is not one of AUTO_APPROVE, APPROVAL_REQUIRED.");
    }
  }

  private static QuotaPeriod period(String value) {
    try {
      return QuotaPeriod.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw PortalException.badInput(
          "quotaPeriod", "'" + value + "' is not one of DAY, WEEK, MONTH.");
    }
  }

  static PlanView view(Plan plan) {
    return new PlanView(
        plan.id(),
        plan.name(),
        plan.throttleRate(),
        plan.throttleBurst(),
        plan.quotaLimit(),
        plan.quotaPeriod() == null ? null : plan.quotaPeriod().name(),
        plan.stages().stream()
            .map(s -> new PlanStageView(s.apiId(), s.stage(), throttlesOf(plan, s)))
            .toList(),
        plan.approvalMode().name());
  }

  private static Map<String, ThrottleView> throttlesOf(Plan plan, PlanStage stage) {
    Map<String, ThrottleView> throttles = new TreeMap<>();
    for (PlanMethodThrottle t : plan.methodThrottles()) {
      if (t.apiId().equals(stage.apiId()) && t.stage().equals(stage.stage())) {
        throttles.put(t.methodKey(), new ThrottleView(t.rate(), t.burst()));
      }
    }
    return throttles;
  }
}
