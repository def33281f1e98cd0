package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.AccessTokenService;
import dev.turnpike.portal.application.AccessViews.CreatedToken;
import dev.turnpike.portal.application.AccessViews.TokenView;
import dev.turnpike.portal.application.PortalException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The tenant page's Access tokens section: create (the value shown once), list, revoke. The value
 * lives in this view only; leaving the page forgets it.
 */
@Named("tokensPanel")
@ViewScoped
public class TokensPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccessTokenService tokens;
  @Inject WebCaller me;
  @Inject TenantPage page;

  private String name;
  private String role;
  private Integer expiresInDays = 30;
  private String newValue;
  private transient List<TokenView> list;

  public List<TokenView> getTokens() {
    if (list == null) {
      try {
        list = tokens.list(me.caller(), page.getTenantId());
      } catch (PortalException e) {
        list = List.of();
      }
    }
    return list;
  }

  public void create() {
    try {
      CreatedToken created =
          tokens.create(
              me.caller(),
              page.getTenantId(),
              name,
              role == null || role.isBlank() ? null : role,
              expiresInDays);
      newValue = created.value();
      name = null;
      Messages.done(
          "Created token " + created.token().prefix() + " (" + created.token().role() + ").");
    } catch (PortalException e) {
      Messages.refused(e);
    } finally {
      list = null;
    }
  }

  public void revoke(String tokenId) {
    try {
      TokenView revoked = tokens.revoke(me.caller(), page.getTenantId(), tokenId);
      Messages.done("Revoked token " + revoked.prefix() + "; it stops working at once.");
    } catch (PortalException e) {
      Messages.refused(e);
    } finally {
      list = null;
    }
  }

  public String getNewValue() {
    return newValue;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public Integer getExpiresInDays() {
    return expiresInDays;
  }

  public void setExpiresInDays(Integer expiresInDays) {
    this.expiresInDays = expiresInDays;
  }
}
