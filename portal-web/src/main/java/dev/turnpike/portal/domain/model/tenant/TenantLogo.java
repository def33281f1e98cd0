package dev.turnpike.portal.domain.model.tenant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tenant's logo image, already checked (PNG, JPEG or WebP, small): one row per tenant, keyed by
 * the tenant's id, kept apart from {@link Tenant} so the bytes are read only when the logo is
 * served.
 */
@Entity
@Table(name = "tenant_logo")
public class TenantLogo {
  @Id
  @Column(name = "tenant_id")
  private String tenantId;

  @Column(name = "content_type", nullable = false, length = 20)
  private String contentType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] image;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected TenantLogo() {}

  public TenantLogo(TenantId tenant) {
    this.tenantId = tenant.value();
  }

  public void replace(String contentType, byte[] image, String sha256) {
    this.contentType = contentType;
    this.image = image.clone();
    this.sha256 = sha256;
    this.updatedAt = Instant.now();
  }

  public String tenantId() {
    return tenantId;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] image() {
    return image.clone();
  }

  public String sha256() {
    return sha256;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
