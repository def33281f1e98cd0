package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.tenant.Membership;
import dev.turnpike.portal.domain.model.tenant.Tenant;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Tenant-scoped access to {@link Membership} rows. */
@ApplicationScoped
public class JpaMembershipRepository extends TenantScopedRepository<Membership> {
  public JpaMembershipRepository() {
    super(Membership.class);
  }

  /**
   * Makes concurrent changes to a tenant's owners collide: each bumps the tenant row's version at
   * commit, so of two owners demoting each other at once, one fails (409) instead of both passing
   * the "another owner remains" check and leaving the tenant without an owner.
   */
  public void serializeOwnerChanges(TenantId tenant) {
    Tenant row = em.find(Tenant.class, tenant.value());
    if (row != null) {
      em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
  }

  /**
   * Active owners of the tenant other than one member, counted in the database: a scalar query, so
   * rows this transaction read earlier (and may hold stale) do not answer it.
   */
  public long ownersOtherThan(TenantId tenant, String memberId) {
    return em.createQuery(
            "select count(m) from Membership m where m.tenantId = :tenant and m.role = :owner"
                + " and m.pending = false and m.id <> :member",
            Long.class)
        .setParameter("tenant", tenant.value())
        .setParameter("owner", TenantRole.OWNER)
        .setParameter("member", memberId)
        .getSingleResult();
  }
}
