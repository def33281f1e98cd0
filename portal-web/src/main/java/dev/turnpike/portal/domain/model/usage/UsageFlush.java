package dev.turnpike.portal.domain.model.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A usage record already counted. Gateways deliver at least once; the primary key on the flush id
 * makes a retried delivery count nothing.
 */
@Entity
@Table(name = "usage_flush")
public class UsageFlush {
  @Id
  @Column(name = "flush_id", length = 64)
  private String flushId;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected UsageFlush() {}

  public UsageFlush(String flushId) {
    this.flushId = flushId;
    this.receivedAt = Instant.now();
  }
}
