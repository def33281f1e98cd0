package dev.turnpike.portal.domain.model.key;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** An API key: only its public prefix and keyed hash are stored; the key itself is shown once. */
@Entity
@Table(name = "api_key")
public class ApiKey implements TenantOwned {
  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 254)
  private String owner;

  @Column(nullable = false, length = 32)
  private String prefix;

  @Column(nullable = false, unique = true, length = 64)
  private String hash;

  @Column(nullable = false)
  private boolean enabled;

  // True while the subscription it was issued for waits for approval: the gateways refuse it.
  // Nullable so the column extends tables made before subscriptions existed; null reads as false.
  @Column(name = "awaiting_approval")
  private Boolean awaitingApproval;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "api_key_plan", joinColumns = @JoinColumn(name = "key_id"))
  @Column(name = "plan_id", nullable = false)
  private Set<String> planIds = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected ApiKey() {}

  public ApiKey(
      TenantId tenant, String name, String owner, String prefix, String hash, Set<String> planIds) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.name = name;
    this.owner = owner;
    this.prefix = prefix;
    this.hash = hash;
    this.enabled = true;
    this.planIds = new HashSet<>(planIds);
    this.createdAt = Instant.now();
  }

  /** Holds the key back from the gateways until {@link #approve()}. */
  public void awaitApproval() {
    this.awaitingApproval = true;
  }

  /** Lets the key through once its subscription is approved; a revoked key stays revoked. */
  public void approve() {
    this.awaitingApproval = false;
  }

  public boolean awaitingApproval() {
    return Boolean.TRUE.equals(awaitingApproval);
  }

  /** The developer's own label for the key (checked by the caller). */
  public void rename(String newName) {
    this.name = newName;
  }

  /** After the owner deleted their account: the key points at a pseudonym, not at them. */
  public void anonymise(String pseudonym) {
    this.owner = pseudonym;
  }

  public void revoke() {
    this.enabled = false;
  }

  /** Keeps the key working until {@code at}, or until its own expiry if that comes first. */
  public void retireAt(Instant at) {
    if (expiresAt == null || at.isBefore(expiresAt)) {
      this.expiresAt = at;
    }
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

  public String owner() {
    return owner;
  }

  public String prefix() {
    return prefix;
  }

  public String hash() {
    return hash;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Set<String> planIds() {
    return Set.copyOf(planIds);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
