package dev.turnpike.portal.domain.model.usage;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Requests one key made to one API stage on one UTC day, summed over every gateway's flushes. */
@Entity
@Table(
    name = "usage_day",
    uniqueConstraints = @UniqueConstraint(columnNames = {"key_id", "api_id", "stage_name", "day"}))
public class UsageDay implements TenantOwned {
  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(name = "key_id", nullable = false)
  private String keyId;

  @Column(name = "api_id", nullable = false)
  private String apiId;

  @Column(name = "stage_name", nullable = false, length = 64)
  private String stage;

  @Column(nullable = false)
  private LocalDate day;

  @Column(name = "request_count", nullable = false)
  private long count;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected UsageDay() {}

  public UsageDay(TenantId tenant, String keyId, String apiId, String stage, LocalDate day) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.keyId = keyId;
    this.apiId = apiId;
    this.stage = stage;
    this.day = day;
    this.createdAt = Instant.now();
  }

  public void add(long requests) {
    count += requests;
  }

  @Override
  public String tenantId() {
    return tenantId;
  }

  public String keyId() {
    return keyId;
  }

  public String apiId() {
    return apiId;
  }

  public String stage() {
    return stage;
  }

  public LocalDate day() {
    return day;
  }

  public long count() {
    return count;
  }
}
