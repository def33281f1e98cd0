package dev.turnpike.portal.domain.model.tenant;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A person's role in a tenant. People live in Keycloak; they are matched by e-mail, which is what
 * an owner types when inviting someone.
 */
@Entity
@Table(
    name = "membership",
    uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "email"}))
public class Membership implements TenantOwned {
  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(nullable = false, length = 254)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TenantRole role;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Membership() {}

  public Membership(TenantId tenant, String email, TenantRole role) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.email = email;
    this.role = role;
    this.createdAt = Instant.now();
  }

  @Override
  public String tenantId() {
    return tenantId;
  }

  public String email() {
    return email;
  }

  public TenantRole role() {
    return role;
  }
}
