package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.AccessViews.MemberView;
import dev.turnpike.portal.application.MemberService;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tenant page's Members section: the list, the invite form, role changes and removal. */
@Named("membersPanel")
@ViewScoped
public class MembersPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberService members;
  @Inject WebCaller me;
  @Inject TenantPage page;

  private String email;
  private String role = TenantRole.VIEWER.name();
  private final Map<String, String> roles = new HashMap<>();
  private transient List<MemberView> list;

  public List<MemberView> getMembers() {
    if (list == null) {
      try {
        list = members.list(me.caller(), page.getTenantId());
      } catch (PortalException e) {
        list = List.of();
      }
      roles.clear();
      list.forEach(m -> roles.put(m.id(), m.role()));
    }
    return list;
  }

  public void invite() {
    run(
        () -> {
          MemberView invited = members.invite(me.caller(), page.getTenantId(), email, role);
          email = null;
          Messages.done(
              "Invited "
                  + invited.email()
                  + " as "
                  + invited.role()
                  + ". They join when they sign in with that e-mail.");
        });
  }

  public void changeRole(String memberId) {
    run(
        () -> {
          MemberView changed =
              members.changeRole(me.caller(), page.getTenantId(), memberId, roles.get(memberId));
          Messages.done(changed.email() + " is now " + changed.role() + ".");
        });
  }

  public void remove(String memberId) {
    run(
        () -> {
          members.remove(me.caller(), page.getTenantId(), memberId);
          Messages.done("Removed.");
        });
  }

  private void run(Runnable action) {
    try {
      action.run();
    } catch (PortalException e) {
      Messages.refused(e);
    } finally {
      list = null;
      page.refresh();
    }
  }

  public TenantRole[] getAllRoles() {
    return TenantRole.values();
  }

  public Map<String, String> getRoles() {
    return roles;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
