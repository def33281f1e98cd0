package dev.turnpike.portal.domain.model.deployment;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.MethodThrottle;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.Versioned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

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

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "stage_variable", joinColumns = @JoinColumn(name = "stage_id"))
  @MapKeyColumn(name = "variable_name", length = 64)
  @Column(name = "variable_value", nullable = false, length = 2048)
  private Map<String, String> variables = new HashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "stage_method_throttle", joinColumns = @JoinColumn(name = "stage_id"))
  @MapKeyColumn(name = "method_key", length = 300)
  private Map<String, MethodThrottle> methodThrottles = new HashMap<>();

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

  /** Replaces the stage variables (AWS: names of letters, digits and '_'; values are free text). */
  public void variables(Map<String, String> variables) {
    this.variables = new HashMap<>(variables);
    this.updatedAt = Instant.now();
  }

  /** Replaces the per-method throttles, keyed {@code "GET /pets/{id}"}. */
  public void methodThrottles(Map<String, MethodThrottle> throttles) {
    this.methodThrottles = new HashMap<>(throttles);
    this.updatedAt = Instant.now();
  }

  public Map<String, String> variables() {
    return Map.copyOf(variables);
  }

  public Map<String, MethodThrottle> methodThrottles() {
    return Map.copyOf(methodThrottles);
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
