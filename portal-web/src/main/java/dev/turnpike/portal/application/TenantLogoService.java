package dev.turnpike.portal.application;

import dev.turnpike.portal.application.AccessViews.TenantDetails;
import dev.turnpike.portal.domain.model.tenant.Tenant;
import dev.turnpike.portal.domain.model.tenant.TenantLogo;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A tenant's logo: owners and admins upload or remove it (checked by {@link LogoCheck}, under the
 * tenant's If-Match), and anyone may fetch it through the tenant's public portal.
 */
@ApplicationScoped
@Transactional
public class TenantLogoService {
  /** A logo as the portal serves it; {@code sha256} makes a strong ETag. */
  public record LogoFile(String contentType, byte[] image, String sha256) {}

  @PersistenceContext(unitName = "turnpike")
  EntityManager em;

  @Inject TenantAccess access;
  @Inject PlatformQueries platform;
  @Inject Preconditions preconditions;
  @Inject TenantSettingsService settings;

  public TenantDetails upload(Caller caller, String tenantId, byte[] image, String declaredType) {
    access.require(caller, tenantId, TenantRole.ADMIN);
    Tenant tenant = tenant(tenantId);
    preconditions.check(tenant, "Tenant " + tenant.slug());
    LogoCheck.Logo logo = LogoCheck.check(image, declaredType);
    String sha256 = sha256(image);
    TenantLogo stored = em.find(TenantLogo.class, tenantId);
    if (stored == null) {
      stored = new TenantLogo(tenant.tenant());
      stored.replace(logo.contentType(), image, sha256);
      em.persist(stored);
    } else {
      stored.replace(logo.contentType(), image, sha256);
    }
    tenant.logo(sha256);
    em.flush(); // the new version, for the ETag of the answer
    return settings.details(tenant, access.roleIn(caller, tenantId));
  }

  public TenantDetails remove(Caller caller, String tenantId) {
    access.require(caller, tenantId, TenantRole.ADMIN);
    Tenant tenant = tenant(tenantId);
    preconditions.check(tenant, "Tenant " + tenant.slug());
    TenantLogo stored = em.find(TenantLogo.class, tenantId);
    if (stored == null) {
      throw new PortalException(
          PortalException.Kind.NOT_FOUND, "Tenant " + tenant.slug() + " has no logo to remove.");
    }
    em.remove(stored);
    tenant.logo(null);
    em.flush();
    return settings.details(tenant, access.roleIn(caller, tenantId));
  }

  /** The logo of the portal at {@code slug}, for anyone; empty when there is none. */
  public Optional<LogoFile> bySlug(String slug) {
    return platform
        .tenantBySlug(slug)
        .flatMap(t -> Optional.ofNullable(em.find(TenantLogo.class, t.id())))
        .map(l -> new LogoFile(l.contentType(), l.image(), l.sha256()));
  }

  private Tenant tenant(String tenantId) {
    return platform
        .tenant(tenantId)
        .orElseThrow(() -> PortalException.notFound("Tenant", tenantId));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
