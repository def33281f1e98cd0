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

  @Override
  public long version() {
    return version;
  }
}
