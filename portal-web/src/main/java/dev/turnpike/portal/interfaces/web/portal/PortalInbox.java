package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.application.InboxService;
import dev.turnpike.portal.application.InboxView;
import dev.turnpike.portal.application.PortalException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The portal's inbox page and the unread badge in the header: this tenant's messages only. */
@Named("inbox")
@RequestScoped
public class PortalInbox {
  @Inject PortalAccount account;
  @Inject PortalCatalogPage portal;
  @Inject InboxService inbox;

  private List<InboxView> messages;
  private Long unread;

  public List<InboxView> getMessages() {
    if (messages == null) {
      messages =
          account
              .caller()
              .map(c -> inbox.mine(c, portal.getCatalog().tenantId()))
              .orElse(List.of());
    }
    return messages;
  }

  public long getUnread() {
    if (unread == null) {
      unread =
          account.caller().map(c -> inbox.unread(c, portal.getCatalog().tenantId())).orElse(0L);
    }
    return unread;
  }

  public void markRead(String messageId) {
    try {
      inbox.markRead(account.me(), portal.getCatalog().tenantId(), messageId);
      messages = null;
      unread = null;
    } catch (PortalException e) {
      PortalAccount.error(e.getMessage());
    }
  }
}
