package dev.turnpike.portal.domain.model.deployment;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.Versioned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/** A named stage of an API ("prod") pointing at the deployment it serves; rollback = repoint. */
@Entity
@Table(name = "stage", uniqueConstraints = @UniqueConstraint(columnNames = {"api_id", "name"}))
public class Stage implements TenantOwned, Versioned {
  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(name = "api_id", nullable = false)
  private String apiId;

  @Column(nullable = false, length = 64)
  private String name;

  @Column(name = "deployment_id", nullable = false)
  private String deploymentId;

  @Column(name = "throttle_rate")
  private Double throttleRate;

  @Column(name = "throttle_burst")
  private Integer throttleBurst;

  @Column(name = "rate_limit_headers", nullable = false)
  private boolean rateLimitHeaders;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Stage() {}

  public Stage(TenantId tenant, String apiId, String name, String deploymentId) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.apiId = apiId;
    this.name = name;
    this.createdAt = Instant.now();
    pointAt(deploymentId);
  }

  public void pointAt(String deploymentId) {
    this.deploymentId = deploymentId;
    this.updatedAt = Instant.now();
  }

  /** The stage's own throttle (null rate and burst: none) and the IETF RateLimit headers switch. */
  public void configure(Double throttleRate, Integer throttleBurst, boolean rateLimitHeaders) {
    this.throttleRate = throttleRate;
    this.throttleBurst = throttleBurst;
    this.rateLimitHeaders = rateLimitHeaders;
    this.updatedAt = Instant.now();
  }

  public boolean rateLimitHeaders() {
    return rateLimitHeaders;
  }

  public String id() {
    return id;
  }

  @Override
  public String tenantId() {
    return tenantId;
  }

  public String apiId() {
    return apiId;
  }

  public String name() {
    return name;
  }

  public String deploymentId() {
    return deploymentId;
  }

  public Double throttleRate() {
    return throttleRate;
  }

  public Integer throttleBurst() {
    return throttleBurst;
  }

  @Override
  public long version() {
    return version;
  }
}
