package dev.turnpike.portal.domain.model.tenant;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.Versioned;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's role in a tenant. People live in Keycloak; they are matched by e-mail, which is what
 * an owner types when inviting someone. An invitation is a pending membership: it grants nothing
 * until a person with that verified e-mail signs in and claims it.
 */
// Not in the shared cache: a revocation or role change must count at once on every portal node.
@Cacheable(false)
@Entity
@Table(
    name = "membership",
    uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "email"}))
public class Membership implements TenantOwned, Versioned {
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

  // Defaults let create-or-extend-tables add the columns to a database that has rows already.
  @Column(columnDefinition = "BOOLEAN DEFAULT FALSE NOT NULL")
  private boolean pending;

  @Column(name = "invited_by", length = 254)
  private String invitedBy;

  @Version
  @Column(columnDefinition = "BIGINT DEFAULT 1 NOT NULL")
  private long version;

  protected Membership() {}

  /** An invitation: a membership that waits for its person to sign in. */
  public static Membership invitation(
      TenantId tenant, String email, TenantRole role, String invitedBy) {
    Membership invited = new Membership(tenant, email, role);
    invited.pending = true;
    invited.invitedBy = invitedBy;
    return invited;
  }

  /** The invited person signed in with this (verified) e-mail: the invitation becomes real. */
  public void accept() {
    pending = false;
  }

  public void changeRole(TenantRole role) {
    this.role = role;
  }

  public String id() {
    return id;
  }

  public boolean pending() {
    return pending;
  }

  public String invitedBy() {
    return invitedBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public long version() {
    return version;
  }

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
