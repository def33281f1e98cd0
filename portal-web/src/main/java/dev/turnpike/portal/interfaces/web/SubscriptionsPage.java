package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.SubscriptionService;
import dev.turnpike.portal.application.SubscriptionView;
import dev.turnpike.portal.application.TenantService;
import dev.turnpike.portal.application.Views.TenantView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's subscriptions: pending requests to approve or reject (with a reason), and the rest.
 */
@Named("subscriptionsPage")
@ViewScoped
public class SubscriptionsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantService tenants;
  @Inject SubscriptionService subscriptions;
  @Inject WebCaller me;

  private String tenantId;
  // One reason field per pending row, keyed by subscription id.
  private final Map<String, String> reasons = new HashMap<>();

  private transient TenantView tenant;
  private transient List<SubscriptionView> all;

  public TenantView getTenant() {
    if (tenant == null) {
      tenant =
          tenants.mine(me.caller()).stream()
              .filter(t -> t.id().equals(tenantId))
              .findFirst()
              .orElse(null);
    }
    return tenant;
  }

  public List<SubscriptionView> getPending() {
    return all().stream().filter(s -> "PENDING".equals(s.status())).toList();
  }

  public List<SubscriptionView> getDecided() {
    return all().stream().filter(s -> !"PENDING".equals(s.status())).toList();
  }

  private List<SubscriptionView> all() {
    if (all == null) {
      try {
        all = subscriptions.ofTenant(me.caller(), tenantId);
      } catch (PortalException e) {
        all = List.of();
      }
    }
    return all;
  }

  public void approve(String subscriptionId) {
    run(
        () -> {
          SubscriptionView done = subscriptions.approve(me.caller(), tenantId, subscriptionId);
          Messages.done(
              "Approved "
                  + done.subscriber()
                  + " on '"
                  + done.planName()
                  + "'; key "
                  + done.keyPrefix()
                  + " now works.");
        });
  }

  public void reject(String subscriptionId) {
    run(
        () -> {
          SubscriptionView done =
              subscriptions.reject(
                  me.caller(), tenantId, subscriptionId, reasons.get(subscriptionId));
          reasons.remove(subscriptionId);
          Messages.done("Rejected " + done.subscriber() + " on '" + done.planName() + "'.");
        });
  }

  private void run(Runnable action) {
    try {
      action.run();
    } catch (PortalException e) {
      Messages.refused(e);
    } finally {
      all = null;
    }
  }

  public Map<String, String> getReasons() {
    return reasons;
  }

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }
}
