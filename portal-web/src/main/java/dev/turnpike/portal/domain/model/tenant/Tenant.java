package dev.turnpike.portal.domain.model.tenant;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A tenant: an account that owns APIs, plans and keys, with its own developer portal. */
@Entity
@Table(name = "tenant")
public class Tenant implements TenantOwned, Versioned {
  @Id private String id;

  @Column(nullable = false, unique = true, length = 40)
  private String slug;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "throttle_rate")
  private Double throttleRate;

  @Column(name = "throttle_burst")
  private Integer throttleBurst;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** {@code #rrggbb}, or null for the portal's own colours. */
  @Column(name = "brand_color", length = 7)
  private String brandColor;

  @Column(name = "accent_color", length = 7)
  private String accentColor;

  /**
   * The logo's SHA-256 (hex) when there is one. The bytes live in {@link TenantLogo}, so that
   * loading a tenant never loads its image; the hash here makes a new logo change the tenant's
   * version (If-Match) and gives the portal a cache-busting address.
   */
  @Column(name = "logo_sha256", length = 64)
  private String logoSha256;

  @Version private long version;

  protected Tenant() {}

  public Tenant(String slug, String displayName, double throttleRate, int throttleBurst) {
    this.id = Ids.newId();
    this.slug = slug;
    this.displayName = displayName;
    this.throttleRate = throttleRate;
    this.throttleBurst = throttleBurst;
    this.createdAt = Instant.now();
  }

  public String id() {
    return id;
  }

  @Override
  public String tenantId() {
    return id;
  }

  public TenantId tenant() {
    return new TenantId(id);
  }

  public String slug() {
    return slug;
  }

  public String displayName() {
    return displayName;
  }

  public Double throttleRate() {
    return throttleRate;
  }

  public Integer throttleBurst() {
    return throttleBurst;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void rename(String displayName) {
    this.displayName = displayName;
  }

  /** The slug is part of the developer portal's URLs; uniqueness is checked by the caller. */
  public void changeSlug(String slug) {
    this.slug = slug;
  }

  /** The account-level throttle the gateways apply last, after key, plan and stage limits. */
  public void throttle(double rate, int burst) {
    this.throttleRate = rate;
    this.throttleBurst = burst;
  }

  public String brandColor() {
    return brandColor;
  }

  public String accentColor() {
    return accentColor;
  }

  public String logoSha256() {
    return logoSha256;
  }

  /** Colours already checked as {@code #rrggbb} (or null to use the portal's defaults). */
  public void brand(String brandColor, String accentColor) {
    this.brandColor = brandColor;
    this.accentColor = accentColor;
  }

  /** Records which logo is current (null: none); the caller stores the bytes. */
  public void logo(String sha256) {
    this.logoSha256 = sha256;
  }

  @Override
  public long version() {
    return version;
  }
}
