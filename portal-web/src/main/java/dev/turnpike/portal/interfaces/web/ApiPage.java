package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.ApiService;
import dev.turnpike.portal.application.DeploymentService;
import dev.turnpike.portal.application.DeploymentService.StageSettings;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.PublicationService;
import dev.turnpike.portal.application.PublicationView;
import dev.turnpike.portal.application.Tags;
import dev.turnpike.portal.application.Views.ApiView;
import dev.turnpike.portal.application.Views.DeploymentView;
import dev.turnpike.portal.application.Views.StageView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API's console page: its stages, the deployment history with rollback, stage variables and the
 * "publish to portal" form for the chosen stage.
 */
@Named("apiPage")
@ViewScoped
public class ApiPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ApiService apis;
  @Inject DeploymentService deployments;
  @Inject PublicationService publications;
  @Inject WebCaller me;

  private String tenantId;
  private String apiId;
  private String stage = "prod";
  private String variableName;
  private String variableValue;
  private String description;
  private String documentation;
  private String tags;
  private boolean formLoaded;

  private transient ApiView api;
  private transient List<DeploymentView> history;
  private transient Boolean published;

  public ApiView getApi() {
    if (api == null) {
      api = read(() -> apis.get(me.caller(), tenantId, apiId)).orElse(null);
    }
    return api;
  }

  public List<DeploymentView> getHistory() {
    if (history == null) {
      history = read(() -> deployments.history(me.caller(), tenantId, apiId)).orElse(List.of());
    }
    return history;
  }

  /** The chosen stage, or null when the API has not been deployed to it. */
  public StageView getCurrentStage() {
    ApiView view = getApi();
    return view == null
        ? null
        : view.stages().stream().filter(s -> s.name().equals(stage)).findFirst().orElse(null);
  }

  public List<Map.Entry<String, String>> getVariables() {
    StageView current = getCurrentStage();
    return current == null ? List.of() : List.copyOf(current.variables().entrySet());
  }

  public boolean isPublished() {
    if (published == null) {
      published =
          read(() -> publications.find(me.caller(), tenantId, apiId, stage))
              .flatMap(p -> p)
              .isPresent();
    }
    return published;
  }

  public void rollBack(String deploymentId) {
    run(
        () -> {
          configure(new StageSettings(null, null, null, deploymentId, null, null));
          Messages.done("Stage '" + stage + "' now serves deployment " + deploymentId + ".");
        });
  }

  public void setVariable() {
    run(
        () -> {
          Map<String, String> change = new HashMap<>();
          change.put(variableName == null ? "" : variableName.trim(), variableValue);
          configure(new StageSettings(null, null, null, null, change, null));
          Messages.done("Set stage variable '" + variableName + "'.");
          variableName = null;
          variableValue = null;
        });
  }

  public void unsetVariable(String name) {
    run(
        () -> {
          Map<String, String> change = new HashMap<>();
          change.put(name, null);
          configure(new StageSettings(null, null, null, null, change, null));
          Messages.done("Removed stage variable '" + name + "'.");
        });
  }

  public void publish() {
    run(
        () -> {
          publications.publish(
              me.caller(), tenantId, apiId, stage, description, documentation, Tags.parse(tags));
          Messages.done("Published stage '" + stage + "' to the developer portal.");
        });
  }

  public void unpublish() {
    run(
        () -> {
          publications.unpublish(me.caller(), tenantId, apiId, stage);
          Messages.done("Stage '" + stage + "' is no longer in the developer portal.");
        });
  }

  private void configure(StageSettings settings) {
    deployments.configureStage(me.caller(), tenantId, apiId, stage, settings);
  }

  private void run(Runnable action) {
    try {
      action.run();
    } catch (PortalException e) {
      Messages.refused(e);
    } finally {
      api = null;
      history = null;
      published = null;
    }
  }

  private static <T> Optional<T> read(java.util.function.Supplier<T> reader) {
    try {
      return Optional.ofNullable(reader.get());
    } catch (PortalException e) {
      return Optional.empty();
    }
  }

  /** Fills the publish form from the stored publication once, when the page first shows. */
  private void loadForm() {
    if (formLoaded || tenantId == null) {
      return;
    }
    formLoaded = true;
    read(() -> publications.find(me.caller(), tenantId, apiId, stage))
        .flatMap(p -> p)
        .ifPresent(
            (PublicationView p) -> {
              description = p.description();
              documentation = p.documentation();
              tags = String.join(", ", p.tags());
            });
  }

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  public String getApiId() {
    return apiId;
  }

  public void setApiId(String apiId) {
    this.apiId = apiId;
  }

  public String getTags() {
    loadForm();
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage == null || stage.isBlank() ? "prod" : stage;
  }

  public String getVariableName() {
    return variableName;
  }

  public void setVariableName(String variableName) {
    this.variableName = variableName;
  }

  public String getVariableValue() {
    return variableValue;
  }

  public void setVariableValue(String variableValue) {
    this.variableValue = variableValue;
  }

  public String getDescription() {
    loadForm();
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getDocumentation() {
    loadForm();
    return documentation;
  }

  public void setDocumentation(String documentation) {
    this.documentation = documentation;
  }
}
