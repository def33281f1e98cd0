package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.subscription.Subscription;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Tenant-scoped access to {@link Subscription} rows, plus the one read across tenants a subscriber
 * needs: their own subscriptions, found by their identity and by nothing else.
 */
@ApplicationScoped
public class JpaSubscriptionRepository extends TenantScopedRepository<Subscription> {
  public JpaSubscriptionRepository() {
    super(Subscription.class);
  }

  public List<Subscription> ofPlan(TenantId tenant, String planId) {
    return where(tenant, "planId", planId);
  }

  public List<Subscription> ofSubscriber(String subscriber) {
    return em.createQuery(
            "select s from Subscription s where s.subscriber = :who order by s.createdAt",
            Subscription.class)
        .setParameter("who", subscriber)
        .getResultList();
  }

  /** One of the subscriber's own subscriptions; anyone else's reads as absent. */
  public Optional<Subscription> ownedBy(String subscriber, String id) {
    return Optional.ofNullable(id == null ? null : em.find(Subscription.class, id))
        .filter(s -> s.subscriber().equals(subscriber));
  }
}
