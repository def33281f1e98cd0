package dev.turnpike.portal.domain.model.subscription;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An app developer's request to use one usage plan of a tenant. The key is issued with the request
 * (so its value can be shown once, to the subscriber) and held back by the gateways until the
 * subscription is active. The subscriber is an identity, not a member of the tenant.
 */
@Entity
@Table(name = "subscription")
public class Subscription implements TenantOwned {
  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(name = "plan_id", nullable = false)
  private String planId;

  @Column(nullable = false, length = 254)
  private String subscriber;

  @Column(name = "key_id", nullable = false)
  private String keyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SubscriptionStatus status;

  @Column(length = 500)
  private String reason;

  @Column(name = "decided_by", length = 254)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Subscription() {}

  public Subscription(
      TenantId tenant, String planId, String subscriber, String keyId, boolean needsApproval) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.planId = planId;
    this.subscriber = subscriber;
    this.keyId = keyId;
    this.status = needsApproval ? SubscriptionStatus.PENDING : SubscriptionStatus.ACTIVE;
    this.createdAt = Instant.now();
  }

  public void approve(String by) {
    decide(SubscriptionStatus.ACTIVE, by, null);
  }

  public void reject(String by, String reason) {
    decide(SubscriptionStatus.REJECTED, by, reason);
  }

  public void cancel(String by) {
    decide(SubscriptionStatus.CANCELLED, by, null);
  }

  /**
   * The subscriber deleted their account: a live subscription ends, and the row keeps only a
   * pseudonym, so the tenant's history stays whole without pointing at the person.
   */
  public void anonymise(String pseudonym) {
    String person = subscriber;
    if (status == SubscriptionStatus.PENDING || status == SubscriptionStatus.ACTIVE) {
      decide(SubscriptionStatus.CANCELLED, pseudonym, null);
    }
    this.subscriber = pseudonym;
    if (person.equals(decidedBy)) {
      this.decidedBy = pseudonym;
    }
  }

  /** The subscriber rotated their key: the subscription now stands for the new one. */
  public void rekey(String newKeyId) {
    this.keyId = newKeyId;
  }

  private void decide(SubscriptionStatus next, String by, String why) {
    this.status = next;
    this.decidedBy = by;
    this.reason = why;
    this.decidedAt = Instant.now();
  }

  public String id() {
    return id;
  }

  @Override
  public String tenantId() {
    return tenantId;
  }

  public String planId() {
    return planId;
  }

  public String subscriber() {
    return subscriber;
  }

  public String keyId() {
    return keyId;
  }

  public SubscriptionStatus status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
