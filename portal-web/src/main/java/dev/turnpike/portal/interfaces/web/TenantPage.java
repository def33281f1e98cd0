package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.ApiService;
import dev.turnpike.portal.application.DeploymentService;
import dev.turnpike.portal.application.KeyService;
import dev.turnpike.portal.application.PlanService;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.TenantService;
import dev.turnpike.portal.application.Views.ApiView;
import dev.turnpike.portal.application.Views.KeyView;
import dev.turnpike.portal.application.Views.PlanView;
import dev.turnpike.portal.application.Views.TenantView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * One tenant's console page: its APIs (import, deploy), usage plans and keys. Forms for plans and
 * keys live in their own small beans; this one holds what the page shows.
 */
@Named("tenantPage")
@ViewScoped
public class TenantPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantService tenants;
  @Inject ApiService apis;
  @Inject DeploymentService deployments;
  @Inject PlanService plans;
  @Inject KeyService keys;
  @Inject WebCaller me;

  private String tenantId;
  private String document;
  private String stage = "prod";
  private String newKeyValue;

  // Read once per view, not once per getter call; every action calls refresh().
  private transient TenantView tenant;
  private transient List<ApiView> apiList;
  private transient List<PlanView> planList;
  private transient List<KeyView> keyList;

  public TenantView getTenant() {
    if (tenant == null) {
      tenant =
          tenants.mine(me.caller()).stream()
              .filter(t -> t.id().equals(tenantId))
              .findFirst()
              .orElse(null);
    }
    return tenant;
  }

  public List<ApiView> getApis() {
    if (apiList == null) {
      apiList = safely(() -> apis.list(me.caller(), tenantId), List.of());
    }
    return apiList;
  }

  public List<PlanView> getPlans() {
    if (planList == null) {
      planList = safely(() -> plans.list(me.caller(), tenantId), List.of());
    }
    return planList;
  }

  public List<KeyView> getKeys() {
    if (keyList == null) {
      keyList = safely(() -> keys.list(me.caller(), tenantId), List.of());
    }
    return keyList;
  }

  /** Forgets what was read, so the page shows the result of an action. */
  public void refresh() {
    tenant = null;
    apiList = null;
    planList = null;
    keyList = null;
  }

  public void importApi() {
    run(
        () -> {
          ApiView api = apis.importApi(me.caller(), tenantId, document);
          document = null;
          Messages.done("Imported '" + api.name() + "' with " + api.methodCount() + " method(s).");
          api.warnings().forEach(w -> Messages.done("Note: " + w.location() + ": " + w.message()));
        });
  }

  public void deploy(String apiId) {
    run(
        () -> {
          var deployed =
              deployments.deploy(me.caller(), tenantId, apiId, stage, "Deployed from the console");
          Messages.done("Deployed to stage '" + deployed.stage() + "': " + deployed.invokeUrl());
        });
  }

  /** Shows a freshly created key's value; it is cleared as soon as the page is left. */
  void showNewKey(String value) {
    this.newKeyValue = value;
  }

  private void run(Runnable action) {
    try {
      action.run();
    } catch (PortalException e) {
      Messages.refused(e);
    } finally {
      refresh();
    }
  }

  private <T> T safely(Supplier<T> read, T fallback) {
    try {
      return read.get();
    } catch (PortalException e) {
      return fallback;
    }
  }

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  public String getDocument() {
    return document;
  }

  public void setDocument(String document) {
    this.document = document;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getNewKeyValue() {
    return newKeyValue;
  }
}
