package dev.turnpike.portal.application;

import dev.turnpike.portal.domain.model.Ids;
import dev.turnpike.portal.domain.model.key.ApiKey;
import dev.turnpike.portal.domain.model.subscription.Subscription;
import dev.turnpike.portal.infrastructure.persistence.JpaInboxRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaSubscriptionRepository;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An app developer deleting their own account, in one transaction: every key of theirs in every
 * tenant revoked, every subscription ended, and what stays for the tenants (subscriptions, keys,
 * usage and traffic, which are counted by key id) keeps a pseudonym instead of the person's e-mail.
 * Their inbox goes. Removing the person from the identity provider is the caller's next step, after
 * this commits.
 */
@ApplicationScoped
@Transactional
public class AccountService {
  @Inject PlatformQueries platform;
  @Inject JpaSubscriptionRepository subscriptions;
  @Inject JpaInboxRepository inbox;
  @Inject Event<ConfigurationChanged> changed;
  @Inject Event<AppDeveloperDeleted> deleted;

  /** What the deletion touched, for the farewell message. */
  public record Deleted(String pseudonym, int keysRevoked, int subscriptionsEnded) {}

  /**
   * @param subject the identity provider's id of the caller (fired with {@link
   *     AppDeveloperDeleted})
   * @param typedEmail what the person typed to confirm: it must be their e-mail
   */
  public Deleted delete(Caller caller, String subject, String typedEmail) {
    confirm(caller, typedEmail);
    if (subject == null || subject.isBlank()) {
      throw new PortalException(
          PortalException.Kind.UNAUTHENTICATED, "Sign in again to delete your account.");
    }
    String pseudonym = "deleted-developer-" + Ids.random(8);
    Set<String> tenants = new TreeSet<>();
    int ended = 0;
    for (Subscription s : subscriptions.ofSubscriber(caller.email())) {
      boolean live = s.status().name().equals("ACTIVE") || s.status().name().equals("PENDING");
      s.anonymise(pseudonym);
      ended += live ? 1 : 0;
      tenants.add(s.tenantId());
    }
    int revoked = 0;
    for (ApiKey key : platform.keysOwnedBy(caller.email())) {
      revoked += key.enabled() ? 1 : 0;
      key.revoke();
      key.anonymise(pseudonym);
      tenants.add(key.tenantId());
    }
    inbox.removeAllTo(caller.email());
    deleted.fire(new AppDeveloperDeleted(subject));
    // One snapshot change per tenant: every gateway drops the keys with its next snapshot.
    tenants.forEach(t -> changed.fire(new ConfigurationChanged(t, "account deleted")));
    return new Deleted(pseudonym, revoked, ended);
  }

  static void confirm(Caller caller, String typedEmail) {
    String typed = typedEmail == null ? "" : typedEmail.trim().toLowerCase(Locale.ROOT);
    if (!typed.equals(caller.email())) {
      throw PortalException.badInput(
          "confirmEmail",
          "type your e-mail address exactly (" + caller.email() + ") to delete your account.");
    }
  }
}
