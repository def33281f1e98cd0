package dev.turnpike.portal.application;

import dev.turnpike.portal.application.AccessViews.MemberView;
import dev.turnpike.portal.domain.model.tenant.Membership;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.persistence.JpaMembershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A tenant's members and invitations. Owners and admins manage them; nobody grants or touches a
 * role above their own (so an admin can invite admins but not owners, and cannot demote an owner).
 * Anyone may leave. A tenant always keeps at least one owner.
 */
@ApplicationScoped
@Transactional
public class MemberService {
  @Inject TenantAccess access;
  @Inject JpaMembershipRepository memberships;
  @Inject Preconditions preconditions;

  public List<MemberView> list(Caller caller, String tenantId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    return memberships.list(tenant).stream().map(MemberService::view).toList();
  }

  public MemberView get(Caller caller, String tenantId, String memberId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    return view(member(tenant, memberId));
  }

  /** Records an invitation; it becomes a membership when that person signs in. */
  public MemberView invite(Caller caller, String tenantId, String email, String role) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.ADMIN);
    String invitee = Inputs.email("email", email);
    TenantRole granted = role == null ? TenantRole.VIEWER : Inputs.role("role", role);
    mayGrant(access.roleIn(caller, tenantId), granted);
    if (memberships.list(tenant).stream().anyMatch(m -> m.email().equals(invitee))) {
      throw new PortalException(
          PortalException.Kind.CONFLICT,
          invitee + " is already a member or invited; change their role instead.",
          List.of(new PortalException.Detail("email", "already a member or invited")));
    }
    Membership invitation = Membership.invitation(tenant, invitee, granted, caller.email());
    memberships.add(tenant, invitation);
    return view(invitation);
  }

  public MemberView changeRole(Caller caller, String tenantId, String memberId, String role) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.ADMIN);
    TenantRole mine = access.roleIn(caller, tenantId);
    TenantRole wanted = Inputs.role("role", role);
    Membership member = member(tenant, memberId);
    preconditions.check(member, "Member " + member.email());
    mayGrant(mine, member.role());
    mayGrant(mine, wanted);
    if (member.role() == TenantRole.OWNER && wanted != TenantRole.OWNER) {
      keepAnOwner(tenant, member, "demoted");
    }
    member.changeRole(wanted);
    memberships.flush();
    return view(member);
  }

  /** Removes a member or withdraws an invitation; removing yourself is leaving. */
  public void remove(Caller caller, String tenantId, String memberId) {
    TenantRole mine = access.roleIn(caller, tenantId);
    TenantId tenant = new TenantId(tenantId);
    Membership member = member(tenant, memberId);
    boolean leaving = member.email().equals(caller.email()) && !member.pending();
    if (!leaving) {
      access.require(caller, tenantId, TenantRole.ADMIN);
      mayGrant(mine, member.role());
    }
    preconditions.check(member, "Member " + member.email());
    if (member.role() == TenantRole.OWNER) {
      keepAnOwner(tenant, member, "removed");
    }
    memberships.remove(tenant, member);
  }

  private Membership member(TenantId tenant, String memberId) {
    return memberships
        .find(tenant, memberId)
        .orElseThrow(() -> PortalException.notFound("Member", memberId));
  }

  private static void mayGrant(TenantRole mine, TenantRole role) {
    if (!mine.atLeast(role)) {
      throw new PortalException(
          PortalException.Kind.FORBIDDEN,
          "Your role is " + mine + "; you cannot grant, change or remove the role " + role + ".");
    }
  }

  private void keepAnOwner(TenantId tenant, Membership leaving, String how) {
    memberships.serializeOwnerChanges(tenant); // first, so the count below cannot be outrun
    if (!leaving.pending() && memberships.ownersOtherThan(tenant, leaving.id()) == 0) {
      throw new PortalException(
          PortalException.Kind.CONFLICT,
          leaving.email()
              + " is the last owner of this tenant and cannot be "
              + how
              + "; make another member an owner first.");
    }
  }

  static MemberView view(Membership m) {
    return new MemberView(
        m.id(),
        m.email(),
        m.role().name(),
        m.pending() ? "invited" : "active",
        m.invitedBy(),
        m.createdAt(),
        m.version());
  }
}
