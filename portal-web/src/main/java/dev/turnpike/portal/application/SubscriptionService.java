package dev.turnpike.portal.application;

import dev.turnpike.portal.application.Views.CreatedKey;
import dev.turnpike.portal.domain.model.key.ApiKey;
import dev.turnpike.portal.domain.model.plan.ApprovalMode;
import dev.turnpike.portal.domain.model.plan.Plan;
import dev.turnpike.portal.domain.model.subscription.Subscription;
import dev.turnpike.portal.domain.model.subscription.SubscriptionStatus;
import dev.turnpike.portal.domain.model.tenant.Tenant;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.persistence.JpaApiKeyRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaPlanRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaSubscriptionRepository;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * App developers subscribing to a tenant's usage plans, and the tenant's members deciding on those
 * that need approval. A subscriber reaches only plans that cover a published API stage, and only
 * their own subscriptions; a member reaches only their tenant's.
 */
@ApplicationScoped
@Transactional
public class SubscriptionService {
  static final String APP_DEVELOPER = "app-developer";

  /** How long a subscriber's old key keeps working after they rotate it. */
  public static final java.time.Duration ROTATION_OVERLAP = java.time.Duration.ofHours(24);

  @Inject TenantAccess access;
  @Inject PlatformQueries platform;
  @Inject JpaPlanRepository plans;
  @Inject JpaApiKeyRepository keys;
  @Inject JpaSubscriptionRepository subscriptions;
  @Inject PublicationService publications;
  @Inject KeyService keyService;
  @Inject Event<ConfigurationChanged> changed;
  @Inject InboxService inbox;

  /**
   * Subscribes the caller. The key is issued now and its value returned once; with approval
   * required the gateways refuse it until a member approves.
   */
  public SubscriptionView.Created subscribe(Caller caller, String tenantId, String planId) {
    requireAppDeveloper(caller);
    // An unknown tenant reads like an unknown plan, so tenant ids cannot be probed here either.
    TenantId tenant =
        platform
            .tenant(tenantId == null ? "" : tenantId)
            .map(Tenant::tenant)
            .orElseThrow(() -> PortalException.notFound("Usage plan", planId));
    Plan plan =
        plans
            .find(tenant, planId)
            .filter(p -> publications.coversPublishedStage(tenant, p))
            .orElseThrow(() -> PortalException.notFound("Usage plan", planId));
    boolean taken =
        subscriptions.ofPlan(tenant, plan.id()).stream()
            .anyMatch(s -> s.subscriber().equals(caller.email()) && isLive(s));
    if (taken) {
      throw new PortalException(
          PortalException.Kind.CONFLICT,
          "You already subscribe to '" + plan.name() + "' (or wait for approval); cancel first.");
    }
    boolean needsApproval = plan.approvalMode() == ApprovalMode.APPROVAL_REQUIRED;
    CreatedKey created =
        keyService.issue(tenant, plan.name() + " subscription", caller.email(), List.of(plan.id()));
    ApiKey key = keys.find(tenant, created.key().id()).orElseThrow();
    if (needsApproval) {
      key.awaitApproval();
    }
    Subscription subscription =
        new Subscription(tenant, plan.id(), caller.email(), key.id(), needsApproval);
    subscriptions.add(tenant, subscription);
    return new SubscriptionView.Created(view(subscription), created.value());
  }

  public List<SubscriptionView> ofTenant(Caller caller, String tenantId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    return subscriptions.list(tenant).stream().map(this::view).toList();
  }

  public List<SubscriptionView> mine(Caller caller) {
    return subscriptions.ofSubscriber(caller.email()).stream().map(this::view).toList();
  }

  public SubscriptionView approve(Caller caller, String tenantId, String subscriptionId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    Subscription subscription = pending(tenant, subscriptionId);
    subscription.approve(caller.email());
    keys.find(tenant, subscription.keyId()).ifPresent(ApiKey::approve);
    SubscriptionView view = view(subscription);
    notify(
        tenant,
        subscription,
        SubscriptionNotices.approved(
            view.tenantName(), view.planName(), apisOf(tenant, view.planId()), view.keyPrefix()));
    changed.fire(new ConfigurationChanged(tenant.value(), "subscription"));
    return view;
  }

  public SubscriptionView reject(
      Caller caller, String tenantId, String subscriptionId, String reason) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    String why = Inputs.name("reason", reason, 500);
    Subscription subscription = pending(tenant, subscriptionId);
    subscription.reject(caller.email(), why);
    keys.find(tenant, subscription.keyId()).ifPresent(ApiKey::revoke);
    SubscriptionView view = view(subscription);
    notify(
        tenant,
        subscription,
        SubscriptionNotices.rejected(
            view.tenantName(),
            view.planName(),
            apisOf(tenant, view.planId()),
            view.keyPrefix(),
            why));
    changed.fire(new ConfigurationChanged(tenant.value(), "subscription"));
    return view;
  }

  /** The subscriber ends their own subscription; its key stops working at once. */
  public SubscriptionView cancel(Caller caller, String subscriptionId) {
    Subscription subscription =
        subscriptions
            .ownedBy(caller.email(), subscriptionId)
            .orElseThrow(() -> PortalException.notFound("Subscription", subscriptionId));
    if (!isLive(subscription)) {
      throw new PortalException(
          PortalException.Kind.CONFLICT,
          "Subscription '" + subscriptionId + "' is already " + subscription.status() + ".");
    }
    TenantId tenant = new TenantId(subscription.tenantId());
    subscription.cancel(caller.email());
    keys.find(tenant, subscription.keyId()).ifPresent(ApiKey::revoke);
    changed.fire(new ConfigurationChanged(tenant.value(), "subscription"));
    return view(subscription);
  }

  /**
   * The subscriber replaces their active key: the new value is returned once and the old key keeps
   * working for {@link #ROTATION_OVERLAP}, so running clients can switch without an outage.
   */
  public SubscriptionView.Created rotateKey(Caller caller, String subscriptionId) {
    Subscription subscription =
        subscriptions
            .ownedBy(caller.email(), subscriptionId)
            .orElseThrow(() -> PortalException.notFound("Subscription", subscriptionId));
    if (subscription.status() != SubscriptionStatus.ACTIVE) {
      throw new PortalException(
          PortalException.Kind.CONFLICT,
          "Only an active subscription's key can be rotated; this one is "
              + subscription.status()
              + ".");
    }
    TenantId tenant = new TenantId(subscription.tenantId());
    ApiKey old =
        keys.find(tenant, subscription.keyId())
            .orElseThrow(() -> PortalException.notFound("API key", subscription.keyId()));
    old.retireAt(java.time.Instant.now().plus(ROTATION_OVERLAP));
    CreatedKey created =
        keyService.issue(tenant, old.name(), old.owner(), List.copyOf(old.planIds()));
    subscription.rekey(created.key().id());
    changed.fire(new ConfigurationChanged(tenant.value(), "subscription"));
    return new SubscriptionView.Created(view(subscription), created.value());
  }

  /**
   * The subscriber names their subscription's key ("staging app"); the name follows the key through
   * rotations and shows in the tenant's key lists too.
   */
  public SubscriptionView nameKey(Caller caller, String subscriptionId, String name) {
    String keyName = Inputs.keyName(name);
    Subscription subscription =
        subscriptions
            .ownedBy(caller.email(), subscriptionId)
            .orElseThrow(() -> PortalException.notFound("Subscription", subscriptionId));
    TenantId tenant = new TenantId(subscription.tenantId());
    keys.find(tenant, subscription.keyId())
        .orElseThrow(() -> PortalException.notFound("API key", subscription.keyId()))
        .rename(keyName);
    return view(subscription);
  }

  private void notify(
      TenantId tenant, Subscription subscription, SubscriptionNotices.Notice notice) {
    inbox.deliver(tenant, subscription.subscriber(), notice.subject(), notice.body());
  }

  /** "Pets API (prod)" for each API stage the plan covers. */
  private List<String> apisOf(TenantId tenant, String planId) {
    return plans.find(tenant, planId).map(Plan::stages).orElse(List.of()).stream()
        .map(
            s ->
                platform.api(s.apiId()).map(a -> a.name()).orElse(s.apiId())
                    + " ("
                    + s.stage()
                    + ")")
        .toList();
  }

  private Subscription pending(TenantId tenant, String subscriptionId) {
    Subscription subscription =
        subscriptions
            .find(tenant, subscriptionId)
            .orElseThrow(() -> PortalException.notFound("Subscription", subscriptionId));
    if (subscription.status() != SubscriptionStatus.PENDING) {
      throw new PortalException(
          PortalException.Kind.CONFLICT,
          "Subscription '"
              + subscriptionId
              + "' is "
              + subscription.status()
              + "; only a PENDING one can be approved or rejected.");
    }
    return subscription;
  }

  private static boolean isLive(Subscription s) {
    return s.status() == SubscriptionStatus.PENDING || s.status() == SubscriptionStatus.ACTIVE;
  }

  private static void requireAppDeveloper(Caller caller) {
    if (!caller.realmRoles().contains(APP_DEVELOPER)) {
      throw new PortalException(
          PortalException.Kind.FORBIDDEN,
          "Subscribing needs the app-developer role; register as an app developer first.");
    }
  }

  private SubscriptionView view(Subscription s) {
    TenantId tenant = new TenantId(s.tenantId());
    Plan plan = plans.find(tenant, s.planId()).orElse(null);
    ApiKey key = keys.find(tenant, s.keyId()).orElse(null);
    return new SubscriptionView(
        s.id(),
        s.tenantId(),
        platform.tenant(s.tenantId()).map(Tenant::displayName).orElse(null),
        s.planId(),
        plan == null ? null : plan.name(),
        s.subscriber(),
        s.status().name(),
        s.keyId(),
        key == null ? null : key.prefix(),
        key == null ? null : key.name(),
        s.reason(),
        s.decidedBy(),
        s.createdAt(),
        s.decidedAt());
  }
}
