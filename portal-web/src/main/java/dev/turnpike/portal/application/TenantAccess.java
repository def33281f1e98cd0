package dev.turnpike.portal.application;

import dev.turnpike.portal.domain.model.tenant.Membership;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place that decides whether a caller may act in a tenant. A non-member gets "not found",
 * so tenant ids cannot be probed; a member with too small a role gets "forbidden".
 */
@ApplicationScoped
public class TenantAccess {
  @Inject PlatformQueries platform;

  public TenantId require(Caller caller, String tenantId, TenantRole needed) {
    TenantRole role = roleIn(caller, tenantId);
    if (!role.atLeast(needed)) {
      throw new PortalException(
          PortalException.Kind.FORBIDDEN,
          (caller.token() == null ? "Your role in this tenant is " : "This access token acts as ")
              + role
              + "; this needs "
              + needed
              + " or higher. Ask an owner of the tenant to change your role.");
    }
    return new TenantId(tenantId);
  }

  /**
   * The caller's role in the tenant: their membership's, capped by their access token's role when a
   * token acts for them (so a token loses power the moment its creator does). A token of another
   * tenant, or no membership, is "not found".
   */
  public TenantRole roleIn(Caller caller, String tenantId) {
    if (!caller.mayEnter(tenantId)) {
      throw PortalException.notFound("Tenant", tenantId);
    }
    Membership membership =
        platform.membershipsOf(caller.email()).stream()
            .filter(m -> m.tenantId().equals(tenantId))
            .findFirst()
            .orElseThrow(() -> PortalException.notFound("Tenant", tenantId));
    return caller.token() == null
        ? membership.role()
        : TenantRole.lower(membership.role(), caller.token().role());
  }
}
