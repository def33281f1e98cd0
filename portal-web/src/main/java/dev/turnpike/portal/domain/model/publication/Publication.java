package dev.turnpike.portal.domain.model.publication;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * An API stage shown in the tenant's developer portal, with the words that introduce it there. A
 * stage without a publication is never shown to anyone outside the tenant.
 */
@Entity
@Table(
    name = "publication",
    uniqueConstraints = @UniqueConstraint(columnNames = {"api_id", "stage_name"}))
public class Publication implements TenantOwned {
  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(name = "api_id", nullable = false)
  private String apiId;

  @Column(name = "stage_name", nullable = false, length = 64)
  private String stage;

  @Column(nullable = false, length = 1000)
  private String description;

  @Lob
  @Column(name = "documentation_md")
  private String documentation;

  /**
   * Already checked tags, space-separated: a tag is one lower-case word, so no tag holds a space,
   * and one column is enough for the ten a publication may have.
   */
  @Column(length = 400)
  private String tags;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Publication() {}

  public Publication(TenantId tenant, String apiId, String stage) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.apiId = apiId;
    this.stage = stage;
    this.createdAt = Instant.now();
  }

  public void describe(String description, String documentation) {
    this.description = description;
    this.documentation = documentation;
    this.updatedAt = Instant.now();
  }

  /** Replaces the tags (already checked: lower-case words, at most ten). */
  public void tag(List<String> checked) {
    this.tags = checked.isEmpty() ? null : String.join(" ", checked);
    this.updatedAt = Instant.now();
  }

  public List<String> tags() {
    return tags == null || tags.isBlank() ? List.of() : List.of(tags.split(" "));
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

  public String stage() {
    return stage;
  }

  public String description() {
    return description;
  }

  public String documentation() {
    return documentation;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
