package dev.turnpike.portal.application;

import dev.turnpike.portal.application.Views.TenantView;
import dev.turnpike.portal.domain.model.tenant.Membership;
import dev.turnpike.portal.domain.model.tenant.Tenant;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.persistence.JpaMembershipRepository;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Creating tenants and listing the tenants a person belongs to. */
@ApplicationScoped
@Transactional
public class TenantService {
  /** A new tenant's account-level throttle, as AWS's default account limit. */
  static final double DEFAULT_TENANT_RATE = 10_000;

  static final int DEFAULT_TENANT_BURST = 5_000;

  @PersistenceContext(unitName = "turnpike")
  EntityManager em;

  @Inject PlatformQueries platform;
  @Inject JpaMembershipRepository memberships;

  public TenantView create(Caller caller, String displayName, String slug) {
    if (!caller.canBuildApis()) {
      throw new PortalException(
          PortalException.Kind.FORBIDDEN,
          "Creating a tenant needs the api-developer role; ask a platform admin to grant it.");
    }
    String name = Inputs.name("displayName", displayName, 120);
    String checkedSlug = Inputs.slug(slug);
    if (platform.tenantBySlug(checkedSlug).isPresent()) {
      throw new PortalException(
          PortalException.Kind.CONFLICT,
          "The slug '" + checkedSlug + "' is taken; choose another.",
          List.of(new PortalException.Detail("slug", "already in use")));
    }
    Tenant tenant = new Tenant(checkedSlug, name, DEFAULT_TENANT_RATE, DEFAULT_TENANT_BURST);
    em.persist(tenant);
    memberships.add(
        tenant.tenant(), new Membership(tenant.tenant(), caller.email(), TenantRole.OWNER));
    return new TenantView(
        tenant.id(), tenant.slug(), tenant.displayName(), TenantRole.OWNER.name());
  }

  public List<TenantView> mine(Caller caller) {
    return platform.membershipsOf(caller.email()).stream()
        .filter(m -> caller.mayEnter(m.tenantId()))
        .flatMap(
            m ->
                platform.tenant(m.tenantId()).stream()
                    .map(t -> new TenantView(t.id(), t.slug(), t.displayName(), m.role().name())))
        .toList();
  }
}
