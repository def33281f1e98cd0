package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.ApiMethodService;
import dev.turnpike.portal.application.ApiMethodService.NewApi;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.Views.ApiView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The tenant page's "Create API" form: an API with no methods, opened to be built by hand. */
@Named("blankApiForm")
@RequestScoped
public class BlankApiForm {
  @Inject ApiMethodService service;
  @Inject TenantPage page;
  @Inject WebCaller me;

  private String name;
  private String version = "1.0.0";

  /** Creates the API and opens its page, where methods are added. */
  public String create() {
    try {
      ApiView api = service.createBlank(me.caller(), page.getTenantId(), new NewApi(name, version));
      return "/console/api.xhtml?faces-redirect=true&t=" + page.getTenantId() + "&a=" + api.id();
    } catch (PortalException e) {
      Messages.refused(e);
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
