package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.access.AccessToken;
import dev.turnpike.portal.domain.model.api.Api;
import dev.turnpike.portal.domain.model.deployment.Deployment;
import dev.turnpike.portal.domain.model.deployment.Stage;
import dev.turnpike.portal.domain.model.key.ApiKey;
import dev.turnpike.portal.domain.model.plan.Plan;
import dev.turnpike.portal.domain.model.tenant.Membership;
import dev.turnpike.portal.domain.model.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The only reads that cross tenants: what the gateway needs to serve every tenant, tenant lookup by
 * slug, and the memberships of one person. Nothing here is reachable from a tenant's request
 * without going through {@code TenantAccess} first.
 */
@ApplicationScoped
public class PlatformQueries {
  @PersistenceContext(unitName = "turnpike")
  private EntityManager em;

  /** The person's memberships; invitations they have not claimed yet grant nothing. */
  public List<Membership> membershipsOf(String email) {
    return em.createQuery(
            "select m from Membership m where m.email = :email and m.pending = false"
                + " order by m.createdAt",
            Membership.class)
        .setParameter("email", email)
        .getResultList();
  }

  /** Invitations, in any tenant, waiting for the person with this e-mail to sign in. */
  public List<Membership> invitationsOf(String email) {
    return em.createQuery(
            "select m from Membership m where m.email = :email and m.pending = true",
            Membership.class)
        .setParameter("email", email)
        .getResultList();
  }

  /** A personal access token by the HMAC of its value: the token names its own tenant. */
  public Optional<AccessToken> accessTokenByHash(String hash) {
    return em.createQuery("select t from AccessToken t where t.hash = :hash", AccessToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  public Optional<Tenant> tenant(String id) {
    return Optional.ofNullable(em.find(Tenant.class, id));
  }

  public Optional<Tenant> tenantBySlug(String slug) {
    return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<Tenant> allTenants() {
    return em.createQuery("select t from Tenant t", Tenant.class).getResultList();
  }

  public List<Stage> allStages() {
    return em.createQuery("select s from Stage s", Stage.class).getResultList();
  }

  public Optional<Deployment> deployment(String id) {
    return Optional.ofNullable(em.find(Deployment.class, id));
  }

  public List<Plan> allPlans() {
    return em.createQuery("select p from Plan p", Plan.class).getResultList();
  }

  public Optional<Api> api(String id) {
    return Optional.ofNullable(em.find(Api.class, id));
  }

  public Optional<ApiKey> key(String id) {
    return Optional.ofNullable(em.find(ApiKey.class, id));
  }

  /** Every key issued to one owner, in every tenant: only for deleting that owner's account. */
  public List<ApiKey> keysOwnedBy(String owner) {
    return em.createQuery("select k from ApiKey k where k.owner = :owner", ApiKey.class)
        .setParameter("owner", owner)
        .getResultList();
  }

  public List<ApiKey> allKeys() {
    return em.createQuery("select k from ApiKey k", ApiKey.class).getResultList();
  }
}
