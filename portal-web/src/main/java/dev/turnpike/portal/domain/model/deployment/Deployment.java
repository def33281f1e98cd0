package dev.turnpike.portal.domain.model.deployment;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** An immutable snapshot of an API's definition, made by "Deploy". Stages point at one. */
@Entity
@Table(name = "deployment")
public class Deployment implements TenantOwned {
  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(name = "api_id", nullable = false)
  private String apiId;

  @Column(length = 500)
  private String description;

  @Lob
  @Column(name = "definition_json", nullable = false, updatable = false)
  private String definitionJson;

  @Lob
  @Column(name = "openapi_source", nullable = false, updatable = false)
  private String openApiSource;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Deployment() {}

  public Deployment(
      TenantId tenant,
      String apiId,
      String description,
      String definitionJson,
      String openApiSource) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.apiId = apiId;
    this.description = description;
    this.definitionJson = definitionJson;
    this.openApiSource = openApiSource;
    this.createdAt = Instant.now();
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

  public String description() {
    return description;
  }

  public String definitionJson() {
    return definitionJson;
  }

  public String openApiSource() {
    return openApiSource;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
