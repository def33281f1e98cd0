package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.KeyService;
import dev.turnpike.portal.application.PortalException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The "new API key" form on the tenant page. */
@Named("keyForm")
@RequestScoped
public class KeyForm {
  @Inject KeyService keys;
  @Inject WebCaller me;
  @Inject TenantPage page;

  private String name;
  private String owner;
  private String planId;

  public void create() {
    try {
      var created =
          keys.create(
              me.caller(),
              page.getTenantId(),
              name,
              owner,
              planId == null || planId.isBlank() ? List.of() : List.of(planId));
      page.showNewKey(created.value());
      Messages.done(
          "Created key "
              + created.key().prefix()
              + ". Copy it now: it is shown once and cannot be shown again.");
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

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getPlanId() {
    return planId;
  }

  public void setPlanId(String planId) {
    this.planId = planId;
  }
}
