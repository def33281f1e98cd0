package dev.turnpike.portal.domain.model.analytics;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Requests to one method of one API stage with one key (empty: no accepted key) in one UTC hour,
 * summed over every gateway's flushes, with the merged latency histogram (HdrHistogram, compressed,
 * base64) from which percentiles are read.
 */
@Entity
@Table(
    name = "traffic_hour",
    uniqueConstraints =
        @UniqueConstraint(
            columnNames = {"tenant_id", "api_id", "stage_name", "method", "key_id", "hour"}),
    indexes = @Index(name = "traffic_hour_tenant_hour", columnList = "tenant_id, hour"))
public class TrafficHour implements TenantOwned {
  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(name = "api_id", nullable = false)
  private String apiId;

  @Column(name = "stage_name", nullable = false, length = 64)
  private String stage;

  @Column(nullable = false, length = 600)
  private String method;

  @Column(name = "key_id", nullable = false)
  private String keyId;

  @Column(nullable = false)
  private Instant hour;

  @Column(name = "request_count", nullable = false)
  private long requests;

  @Column(name = "client_errors", nullable = false)
  private long clientErrors;

  @Column(name = "server_errors", nullable = false)
  private long serverErrors;

  // 429s among the client errors. Nullable so the column extends tables made before it existed;
  // null reads as 0, as do records from gateways that do not count it.
  @Column(name = "throttled")
  private Long throttled;

  @Lob
  @Column(name = "latency_histogram", nullable = false)
  private String latencyHistogram;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected TrafficHour() {}

  public TrafficHour(
      TenantId tenant, String apiId, String stage, String method, String keyId, Instant hour) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.apiId = apiId;
    this.stage = stage;
    this.method = method;
    this.keyId = keyId;
    this.hour = hour;
    this.createdAt = Instant.now();
  }

  /** Adds one flush's counts; {@code mergedHistogram} already includes this row's earlier ones. */
  public void add(
      long requests, long clientErrors, long serverErrors, long throttled, String mergedHistogram) {
    this.requests += requests;
    this.clientErrors += clientErrors;
    this.serverErrors += serverErrors;
    this.throttled = throttled() + throttled;
    this.latencyHistogram = mergedHistogram;
  }

  @Override
  public String tenantId() {
    return tenantId;
  }

  public String apiId() {
    return apiId;
  }

  public String stage() {
    return stage;
  }

  public String method() {
    return method;
  }

  public String keyId() {
    return keyId;
  }

  public Instant hour() {
    return hour;
  }

  public long requests() {
    return requests;
  }

  public long clientErrors() {
    return clientErrors;
  }

  public long serverErrors() {
    return serverErrors;
  }

  public long throttled() {
    return throttled == null ? 0 : throttled;
  }

  /** Null until the first flush is added. */
  public String latencyHistogram() {
    return latencyHistogram;
  }
}
