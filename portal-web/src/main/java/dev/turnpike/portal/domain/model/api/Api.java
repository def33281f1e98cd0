package dev.turnpike.portal.domain.model.api;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.Versioned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A REST API's working draft. The Foundation keeps the draft as the imported OpenAPI document plus
 * the gateway definition derived from it (JSON); deploying freezes that definition in a {@link
 * dev.turnpike.portal.domain.model.deployment.Deployment}.
 */
@Entity
@Table(name = "api", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "name"}))
public class Api implements TenantOwned, Versioned {
  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "api_version", length = 40)
  private String apiVersion;

  @Lob
  @Column(name = "openapi_source", nullable = false)
  private String openApiSource;

  @Lob
  @Column(name = "definition_json", nullable = false)
  private String definitionJson;

  @Column(name = "method_count", nullable = false)
  private int methodCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Api() {}

  public Api(TenantId tenant, String name, String apiVersion) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.name = name;
    this.apiVersion = apiVersion;
    this.createdAt = Instant.now();
  }

  /** Replaces the draft with a newly imported document and the definition derived from it. */
  public void replaceDraft(String openApiSource, String definitionJson, int methodCount) {
    this.openApiSource = openApiSource;
    this.definitionJson = definitionJson;
    this.methodCount = methodCount;
    this.updatedAt = Instant.now();
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

  public String apiVersion() {
    return apiVersion;
  }

  public String openApiSource() {
    return openApiSource;
  }

  public String definitionJson() {
    return definitionJson;
  }

  public int methodCount() {
    return methodCount;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public long version() {
    return version;
  }
}
