package dev.turnpike.portal.application;

import dev.turnpike.portal.application.AccessViews.TenantDetails;
import dev.turnpike.portal.domain.model.tenant.Tenant;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A tenant's own settings: display name, slug and the account-level throttle that gateways apply
 * last (after key, plan and stage limits, as AWS does). Owners and admins may lower the throttle or
 * raise it back up to the platform's default; more than that is the operator's call. The portal's
 * brand and accent colours are settings too, under the same If-Match; the logo has its own {@link
 * TenantLogoService}.
 */
@ApplicationScoped
@Transactional
public class TenantSettingsService {
  /**
   * What may change; a field left out (null) keeps its value. A colour given as "" goes back to the
   * portal's default.
   */
  public record TenantSettings(
      String displayName,
      String slug,
      Double throttleRate,
      Integer throttleBurst,
      String brandColor,
      String accentColor) {}

  @PersistenceContext(unitName = "turnpike")
  EntityManager em;

  @Inject TenantAccess access;
  @Inject PlatformQueries platform;
  @Inject Preconditions preconditions;
  @Inject Event<ConfigurationChanged> changed;
  @Inject PortalSettings settings;

  public TenantDetails get(Caller caller, String tenantId) {
    TenantRole role = access.roleIn(caller, tenantId);
    return details(tenant(tenantId), role);
  }

  public TenantDetails configure(Caller caller, String tenantId, TenantSettings asked) {
    access.require(caller, tenantId, TenantRole.ADMIN);
    Tenant tenant = tenant(tenantId);
    preconditions.check(tenant, "Tenant " + tenant.slug());
    TenantSettings settings =
        asked == null ? new TenantSettings(null, null, null, null, null, null) : asked;
    if (settings.displayName() != null) {
      tenant.rename(Inputs.name("displayName", settings.displayName(), 120));
    }
    if (settings.slug() != null) {
      String slug = Inputs.slug(settings.slug());
      if (platform.tenantBySlug(slug).filter(t -> !t.id().equals(tenantId)).isPresent()) {
        throw new PortalException(
            PortalException.Kind.CONFLICT,
            "The slug '" + slug + "' is taken; choose another.",
            List.of(new PortalException.Detail("slug", "already in use")));
      }
      tenant.changeSlug(slug);
    }
    if (settings.throttleRate() != null || settings.throttleBurst() != null) {
      throttle(tenant, settings);
    }
    if (settings.brandColor() != null || settings.accentColor() != null) {
      tenant.brand(
          colour("brandColor", settings.brandColor(), tenant.brandColor()),
          colour("accentColor", settings.accentColor(), tenant.accentColor()));
    }
    em.flush(); // the new version, for the ETag of the answer
    return details(tenant, access.roleIn(caller, tenantId));
  }

  /** null keeps the stored colour, "" clears it, anything else must be #rrggbb. */
  private static String colour(String field, String asked, String stored) {
    if (asked == null) {
      return stored;
    }
    return asked.isBlank() ? null : BrandColour.parse(field, asked).hex();
  }

  private void throttle(Tenant tenant, TenantSettings settings) {
    double rate =
        Inputs.rate(
            "throttleRate",
            settings.throttleRate() != null ? settings.throttleRate() : tenant.throttleRate());
    int burst =
        Inputs.nonNegative(
            "throttleBurst",
            settings.throttleBurst() != null ? settings.throttleBurst() : tenant.throttleBurst());
    if (rate > TenantService.DEFAULT_TENANT_RATE) {
      throw PortalException.badInput(
          "throttleRate",
          "at most " + TenantService.DEFAULT_TENANT_RATE + " requests/second; ask an operator.");
    }
    if (burst > TenantService.DEFAULT_TENANT_BURST) {
      throw PortalException.badInput(
          "throttleBurst", "at most " + TenantService.DEFAULT_TENANT_BURST + "; ask an operator.");
    }
    tenant.throttle(rate, burst);
    changed.fire(new ConfigurationChanged(tenant.id(), "tenant throttle"));
  }

  private Tenant tenant(String tenantId) {
    return platform
        .tenant(tenantId)
        .orElseThrow(() -> PortalException.notFound("Tenant", tenantId));
  }

  TenantDetails details(Tenant t, TenantRole role) {
    CatalogView.Brand brand = Branding.brand(t);
    return new TenantDetails(
        t.id(),
        t.slug(),
        t.displayName(),
        role.name(),
        t.throttleRate(),
        t.throttleBurst(),
        t.brandColor(),
        t.accentColor(),
        brand.brandTextColor(),
        brand.accentTextColor(),
        Branding.notes(t),
        brand.logoPath() == null
            ? null
            : settings.portalPublicUrl() + "/portal/" + t.slug() + "/" + brand.logoPath(),
        t.createdAt(),
        t.version());
  }
}
