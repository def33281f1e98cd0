package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.TenantService;
import dev.turnpike.portal.application.Views.TenantView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The console's home: the signed-in person's tenants, and creating a new one. */
@Named("console")
@RequestScoped
public class ConsoleBean {
  @Inject TenantService tenants;
  @Inject WebCaller me;

  private String newName;
  private String newSlug;
  private List<TenantView> mine;

  public List<TenantView> getTenants() {
    if (mine == null) {
      mine = tenants.mine(me.caller());
    }
    return mine;
  }

  public String createTenant() {
    try {
      TenantView created = tenants.create(me.caller(), newName, newSlug);
      return "/console/tenant.xhtml?faces-redirect=true&t=" + created.id();
    } catch (PortalException e) {
      Messages.refused(e);
      return null;
    }
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }
}
