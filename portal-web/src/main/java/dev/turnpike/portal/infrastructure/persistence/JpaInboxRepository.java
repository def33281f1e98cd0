package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.inbox.InboxMessage;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Inbox messages, always read for one recipient within one tenant. */
@ApplicationScoped
public class JpaInboxRepository extends TenantScopedRepository<InboxMessage> {
  public JpaInboxRepository() {
    super(InboxMessage.class);
  }

  /** The recipient's messages in the tenant, newest first. */
  public List<InboxMessage> of(TenantId tenant, String recipient) {
    return em.createQuery(
            "select m from InboxMessage m where m.tenantId = :tenant and m.recipient = :who"
                + " order by m.createdAt desc",
            InboxMessage.class)
        .setParameter("tenant", tenant.value())
        .setParameter("who", recipient)
        .getResultList();
  }

  public long unread(TenantId tenant, String recipient) {
    return em.createQuery(
            "select count(m) from InboxMessage m where m.tenantId = :tenant"
                + " and m.recipient = :who and m.readAt is null",
            Long.class)
        .setParameter("tenant", tenant.value())
        .setParameter("who", recipient)
        .getSingleResult();
  }

  /** Removes every message to the recipient in every tenant: they deleted their account. */
  public int removeAllTo(String recipient) {
    return em.createQuery("delete from InboxMessage m where m.recipient = :who")
        .setParameter("who", recipient)
        .executeUpdate();
  }
}
