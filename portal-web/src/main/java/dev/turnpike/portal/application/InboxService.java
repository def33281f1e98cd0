package dev.turnpike.portal.application;

import dev.turnpike.portal.domain.model.inbox.InboxMessage;
import dev.turnpike.portal.domain.model.tenant.Tenant;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.infrastructure.persistence.JpaInboxRepository;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The app developer's inbox in one tenant's portal. Only the caller's own messages of that tenant
 * are ever read; someone else's message (or another tenant's) reads as unknown.
 */
@ApplicationScoped
@Transactional
public class InboxService {
  @Inject JpaInboxRepository inbox;
  @Inject PlatformQueries platform;

  public List<InboxView> mine(Caller caller, String tenantId) {
    return inbox.of(tenant(tenantId), caller.email()).stream().map(InboxService::view).toList();
  }

  public long unread(Caller caller, String tenantId) {
    return inbox.unread(tenant(tenantId), caller.email());
  }

  public InboxView markRead(Caller caller, String tenantId, String messageId) {
    InboxMessage message =
        inbox
            .find(tenant(tenantId), messageId)
            .filter(m -> m.recipient().equals(caller.email()))
            .orElseThrow(() -> PortalException.notFound("Message", messageId));
    message.markRead();
    return view(message);
  }

  /** Leaves a message; joins the caller's transaction, so it exists only if the change does. */
  void deliver(TenantId tenant, String recipient, String subject, String body) {
    inbox.add(tenant, new InboxMessage(tenant, recipient, subject, body));
  }

  private TenantId tenant(String tenantId) {
    return platform
        .tenant(tenantId == null ? "" : tenantId)
        .map(Tenant::tenant)
        .orElseThrow(() -> PortalException.notFound("Tenant", tenantId));
  }

  private static InboxView view(InboxMessage m) {
    return new InboxView(m.id(), m.subject(), m.body(), m.createdAt(), m.readAt() != null);
  }
}
