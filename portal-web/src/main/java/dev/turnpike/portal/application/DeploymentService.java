package dev.turnpike.portal.application;

import dev.turnpike.portal.application.Views.DeploymentView;
import dev.turnpike.portal.application.Views.StageView;
import dev.turnpike.portal.application.Views.ThrottleView;
import dev.turnpike.portal.domain.model.api.Api;
import dev.turnpike.portal.domain.model.deployment.Deployment;
import dev.turnpike.portal.domain.model.deployment.Stage;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.persistence.JpaApiRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaDeploymentRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaStageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Deploying an API's draft to a stage: freeze a snapshot, point the stage at it. */
@ApplicationScoped
@Transactional
public class DeploymentService {
  @Inject TenantAccess access;
  @Inject JpaApiRepository apis;
  @Inject JpaDeploymentRepository deployments;
  @Inject JpaStageRepository stages;
  @Inject PortalSettings settings;
  @Inject Event<ConfigurationChanged> changed;
  @Inject Preconditions preconditions;
  @Inject ApiMethods methods;

  public DeploymentView deploy(
      Caller caller, String tenantId, String apiId, String stageName, String description) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    String stage = Inputs.stage(stageName);
    String text = description == null ? "" : Inputs.name("description", description, 500);
    Api api = apis.find(tenant, apiId).orElseThrow(() -> PortalException.notFound("API", apiId));
    Deployment deployment =
        new Deployment(tenant, api.id(), text, api.definitionJson(), api.openApiSource());
    deployments.add(tenant, deployment);
    stages
        .named(tenant, api.id(), stage)
        .ifPresentOrElse(
            s -> s.pointAt(deployment.id()),
            () -> stages.add(tenant, new Stage(tenant, api.id(), stage, deployment.id())));
    changed.fire(new ConfigurationChanged(tenant.value(), "deployment"));
    return view(deployment, stage);
  }

  /**
   * What a person may change on a stage; a field left out (null) keeps its current value. {@code
   * deploymentId} repoints the stage (rollback or roll forward); in {@code variables} and {@code
   * methodSettings} a name with null removes that entry and names left out stay.
   */
  public record StageSettings(
      Double throttleRate,
      Integer throttleBurst,
      Boolean rateLimitHeaders,
      String deploymentId,
      Map<String, String> variables,
      Map<String, ThrottleView> methodSettings) {}

  public StageView configureStage(
      Caller caller, String tenantId, String apiId, String stageName, StageSettings settings) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    Stage stage =
        stages
            .named(tenant, apiId, stageName)
            .orElseThrow(() -> PortalException.notFound("Stage", apiId + "/" + stageName));
    preconditions.check(stage, "Stage " + stageName);
    StageSettings asked =
        settings == null ? new StageSettings(null, null, null, null, null, null) : settings;
    Double rate = asked.throttleRate() != null ? asked.throttleRate() : stage.throttleRate();
    Integer burst = asked.throttleBurst() != null ? asked.throttleBurst() : stage.throttleBurst();
    boolean throttled = rate != null || burst != null;
    stage.configure(
        throttled ? Inputs.rate("throttleRate", rate) : null,
        throttled ? Inputs.nonNegative("throttleBurst", burst) : null,
        asked.rateLimitHeaders() != null ? asked.rateLimitHeaders() : stage.rateLimitHeaders());
    stage.variables(StageInputs.variables(stage.variables(), asked.variables()));
    if (asked.methodSettings() != null) {
      stage.methodThrottles(
          StageInputs.throttles(
              "methodSettings",
              stage.methodThrottles(),
              asked.methodSettings(),
              methodsOf(tenant, apiId)));
    }
    if (asked.deploymentId() != null) {
      stage.pointAt(deploymentOf(tenant, apiId, asked.deploymentId()).id());
    }
    changed.fire(new ConfigurationChanged(tenant.value(), "stage"));
    return stageView(stage);
  }

  private Deployment deploymentOf(TenantId tenant, String apiId, String deploymentId) {
    return deployments
        .find(tenant, deploymentId)
        .filter(d -> d.apiId().equals(apiId))
        .orElseThrow(
            () ->
                new PortalException(
                    PortalException.Kind.NOT_FOUND,
                    "Deployment '" + deploymentId + "' of API '" + apiId + "' was not found.",
                    List.of(new PortalException.Detail("deploymentId", "no such deployment"))));
  }

  private List<String> methodsOf(TenantId tenant, String apiId) {
    Api api = apis.find(tenant, apiId).orElseThrow(() -> PortalException.notFound("API", apiId));
    return methods.methodKeys(api);
  }

  StageView stageView(Stage stage) {
    return new StageView(
        stage.name(),
        stage.deploymentId(),
        this.settings.invokeUrl(stage.apiId(), stage.name()),
        stage.throttleRate(),
        stage.throttleBurst(),
        stage.rateLimitHeaders(),
        new TreeMap<>(stage.variables()),
        new TreeMap<>(StageInputs.views(stage.methodThrottles())));
  }

  public List<DeploymentView> history(Caller caller, String tenantId, String apiId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    apis.find(tenant, apiId).orElseThrow(() -> PortalException.notFound("API", apiId));
    List<Stage> apiStages = stages.ofApi(tenant, apiId);
    return deployments.list(tenant).stream()
        .filter(d -> d.apiId().equals(apiId))
        .map(
            d ->
                view(
                    d,
                    apiStages.stream()
                        .filter(s -> s.deploymentId().equals(d.id()))
                        .map(Stage::name)
                        .findFirst()
                        .orElse(null)))
        .toList();
  }

  private DeploymentView view(Deployment deployment, String stage) {
    return new DeploymentView(
        deployment.id(),
        deployment.apiId(),
        stage,
        deployment.description(),
        deployment.createdAt(),
        stage == null ? null : settings.invokeUrl(deployment.apiId(), stage));
  }
}
