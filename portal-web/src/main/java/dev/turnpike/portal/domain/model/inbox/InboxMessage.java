package dev.turnpike.portal.domain.model.inbox;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One notice to one app developer (by e-mail, as subscriptions name them) in one tenant. */
@Entity
@Table(
    name = "inbox_message",
    indexes = @Index(name = "inbox_recipient", columnList = "recipient, tenant_id"))
public class InboxMessage implements TenantOwned {
  @Id private String id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 2000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Version private long version;

  protected InboxMessage() {}

  public InboxMessage(TenantId tenant, String recipient, String subject, String body) {
    this.id = Ids.newId();
    this.tenantId = tenant.value();
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = Instant.now();
  }

  public void markRead() {
    if (readAt == null) {
      readAt = Instant.now();
    }
  }

  public String id() {
    return id;
  }

  @Override
  public String tenantId() {
    return tenantId;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }
}
