package dev.turnpike.portal.domain.model.access;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A personal access token for scripts and CI: acts for the person who created it, in one tenant,
 * with a role no higher than its own (and never higher than that person's current role). Only the
 * HMAC of its value is stored; the value itself is shown once.
 */
// Not in the shared cache: a revocation or role change must count at once on every portal node.
@Cacheable(false)
@Entity
@Table(name = "access_token")
public class AccessToken implements TenantOwned {
  /** How often "last used" is written: once a minute is enough to tell live tokens from dead. */
  private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "created_by", nullable = false, length = 254)
  private String createdBy;

  @Column(nullable = false, length = 20)
  private String prefix;

  @Column(nullable = false, unique = true, length = 64)
  private String hash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TenantRole role;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected AccessToken() {}

  public AccessToken(
      TenantId tenant,
      String name,
      String createdBy,
      String prefix,
      String hash,
      TenantRole role,
      Instant expiresAt) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.name = name;
    this.createdBy = createdBy;
    this.prefix = prefix;
    this.hash = hash;
    this.role = role;
    this.createdAt = Instant.now();
    this.expiresAt = expiresAt;
  }

  /** False once revoked or past its expiry. */
  public boolean usableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  public void revoke() {
    if (revokedAt == null) {
      revokedAt = Instant.now();
    }
  }

  /** Records a use; returns whether the row changed (it does at most once a minute). */
  public boolean usedAt(Instant now) {
    if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(LAST_USED_RESOLUTION))) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  public String id() {
    return id;
  }

  @Override
  public String tenantId() {
    return tenantId;
  }

  public String name() {
    return name;
  }

  public String createdBy() {
    return createdBy;
  }

  public String prefix() {
    return prefix;
  }

  public String hash() {
    return hash;
  }

  public TenantRole role() {
    return role;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }
}
