package dev.turnpike.portal.application;

import dev.turnpike.portal.application.AccessViews.Tagged;
import dev.turnpike.portal.application.Views.PlanView;
import dev.turnpike.portal.application.Views.StageView;
import dev.turnpike.portal.domain.model.deployment.Stage;
import dev.turnpike.portal.domain.model.plan.Plan;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.persistence.JpaPlanRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaStageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Single plan and stage reads with the version they were read at, so the management API can send an
 * ETag without the shared view records carrying versions.
 */
@ApplicationScoped
@Transactional
public class VersionedReads {
  @Inject TenantAccess access;
  @Inject JpaPlanRepository plans;
  @Inject JpaStageRepository stages;
  @Inject DeploymentService deployments;

  public Tagged<PlanView> plan(Caller caller, String tenantId, String planId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    Plan plan =
        plans
            .find(tenant, planId)
            .orElseThrow(() -> PortalException.notFound("Usage plan", planId));
    return new Tagged<>(PlanService.view(plan), plan.version());
  }

  public Tagged<StageView> stage(Caller caller, String tenantId, String apiId, String name) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    Stage stage =
        stages
            .named(tenant, apiId, name)
            .orElseThrow(() -> PortalException.notFound("Stage", apiId + "/" + name));
    return new Tagged<>(deployments.stageView(stage), stage.version());
  }
}
