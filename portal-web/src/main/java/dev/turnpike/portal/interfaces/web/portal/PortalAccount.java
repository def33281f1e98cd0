package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.application.Caller;
import dev.turnpike.portal.application.DeveloperProfiles;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.SubscriptionService;
import dev.turnpike.portal.application.SubscriptionView;
import dev.turnpike.portal.application.UsageService;
import dev.turnpike.portal.application.UsageService.KeyUsage;
import dev.turnpike.portal.application.UsageService.QuotaLeft;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signed-in app developer in the portal: subscribing to a plan on the API page (the key shown
 * once), and the "My keys" page with their subscriptions in this tenant, cancel, and usage. Only
 * the developer's own subscriptions of the portal's tenant are ever read.
 */
@Named("account")
@RequestScoped
public class PortalAccount {
  private static final Map<String, String> STATUS_WORDS =
      Map.of(
          "PENDING", "Pending approval",
          "ACTIVE", "Active",
          "REJECTED", "Rejected",
          "CANCELLED", "Cancelled");

  /** The signed-in developer's own pages, which sign-in returns to. */
  private static final Pattern OWN_PAGE = Pattern.compile(".*/(keys|account|inbox)\\.xhtml");

  @Inject PortalCatalogPage portal;
  @Inject SubscriptionService subscriptions;
  @Inject UsageService usage;
  @Inject DeveloperProfiles profiles;

  private SubscriptionView.Created created;
  private String rotatedFrom;
  private List<SubscriptionView> mine;
  private final Map<String, KeyUsage> usages = new HashMap<>();

  public boolean isSignedIn() {
    return caller().isPresent();
  }

  public String getName() {
    return caller().map(c -> c.displayName() == null ? c.email() : c.displayName()).orElse("");
  }

  /** The sign-in address; it comes back to this page (API page, My keys or the catalog). */
  public String getSignInUrl() {
    String api = PortalCatalogPage.param("api");
    String from;
    if (!api.isEmpty()) {
      from = "apis/" + api + "/" + PortalCatalogPage.param("stage");
    } else {
      String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
      Matcher own = OWN_PAGE.matcher(view);
      from = own.matches() ? own.group(1) : "";
    }
    return portal.getHome() + "/signin?from=" + from;
  }

  /** Ends the portal session and the Keycloak session, then shows this portal's catalog. */
  public String getSignOutUrl() {
    return portal.getHome() + "/signout";
  }

  /** Subscribes to a plan of the API page; the new key is on this response only. */
  public void subscribe(String planId) {
    try {
      created = subscriptions.subscribe(me(), portal.getCatalog().tenantId(), planId);
      mine = null;
    } catch (PortalException e) {
      error(e.getMessage());
    }
  }

  public void cancel(String subscriptionId) {
    try {
      subscriptions.cancel(me(), subscriptionId);
      mine = null;
      info("Subscription cancelled; its key no longer works.");
    } catch (PortalException e) {
      error(e.getMessage());
    }
  }

  /** Rotates the subscription's key; the new one is shown once, the old one works 24 h more. */
  public void rotate(String subscriptionId) {
    try {
      created = subscriptions.rotateKey(me(), subscriptionId);
      rotatedFrom = subscriptionId;
      mine = null;
    } catch (PortalException e) {
      error(e.getMessage());
    }
  }

  /**
   * Names the subscription's key; a bad name is refused with the reason, nothing changes. The name
   * is a plain request parameter of the row's own form (each subscription has one), not a Faces
   * input: inputs inside {@code ui:repeat} rows did not reach the model reliably here.
   */
  public void nameKey(String subscriptionId) {
    String typed =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("keyName");
    try {
      SubscriptionView named = subscriptions.nameKey(me(), subscriptionId, typed);
      mine = null;
      info("Key " + named.keyPrefix() + "… is now named '" + named.keyName() + "'.");
    } catch (PortalException e) {
      error(e.getMessage());
    }
  }

  /** Whether the key just shown replaced this subscription's previous key. */
  public boolean rotated(SubscriptionView s) {
    return created != null && s.id().equals(rotatedFrom);
  }

  /** "24 hours": how long an old key keeps working after a rotation. */
  public String getOverlap() {
    return SubscriptionService.ROTATION_OVERLAP.toHours() + " hours";
  }

  public SubscriptionView.Created getCreated() {
    return created;
  }

  /** The developer's subscriptions in this portal's tenant, newest first. */
  public List<SubscriptionView> getSubscriptions() {
    if (mine == null) {
      String tenant = portal.getCatalog().tenantId();
      mine =
          caller()
              .map(
                  c ->
                      subscriptions.mine(c).stream()
                          .filter(s -> s.tenantId().equals(tenant))
                          .sorted((a, b) -> b.requestedAt().compareTo(a.requestedAt()))
                          .toList())
              .orElse(List.of());
    }
    return mine;
  }

  /** The live subscription to a plan, if any: the API page says so instead of offering another. */
  public SubscriptionView liveOn(String planId) {
    return getSubscriptions().stream()
        .filter(s -> s.planId().equals(planId))
        .filter(s -> s.status().equals("ACTIVE") || s.status().equals("PENDING"))
        .findFirst()
        .orElse(null);
  }

  public String statusWords(SubscriptionView s) {
    return STATUS_WORDS.getOrDefault(s.status(), s.status());
  }

  public boolean live(SubscriptionView s) {
    return s.status().equals("ACTIVE") || s.status().equals("PENDING");
  }

  public KeyUsage usage(SubscriptionView s) {
    return usages.computeIfAbsent(s.id(), id -> usage.ofMySubscription(me(), id));
  }

  public long requestsToday(SubscriptionView s) {
    KeyUsage u = usage(s);
    return u.days().stream().filter(d -> d.day().equals(u.to())).mapToLong(d -> d.requests()).sum();
  }

  /** Requests refused with 429 (throttle or quota) today. */
  public long throttledToday(SubscriptionView s) {
    KeyUsage u = usage(s);
    return u.days().stream()
        .filter(d -> d.day().equals(u.to()))
        .mapToLong(d -> d.throttled())
        .sum();
  }

  /** "940 of 1,000 requests left this day", or that the plan has no quota. */
  public String quotaWords(SubscriptionView s) {
    List<QuotaLeft> quotas = usage(s).quotas();
    if (quotas.isEmpty()) {
      return "No quota on this plan.";
    }
    QuotaLeft q = quotas.get(0);
    return String.format(
        "%,d of %,d requests left this %s", q.remaining(), q.limit(), q.period().toLowerCase());
  }

  public String chart(SubscriptionView s) {
    return UsageChart.json(usage(s));
  }

  Optional<Caller> caller() {
    Object value =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getSessionMap()
            .get(PortalSignInServlet.CALLER);
    return Optional.ofNullable(value instanceof Caller c ? c : null);
  }

  /** The signed-in developer, once they have accepted the current terms of use. */
  Caller me() {
    Caller caller =
        caller()
            .orElseThrow(
                () ->
                    new PortalException(
                        PortalException.Kind.UNAUTHENTICATED, "Sign in to subscribe to a plan."));
    PortalDeveloper developer =
        PortalDeveloper.of(
            (jakarta.servlet.http.HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(false));
    if (developer == null || profiles.needsTerms(developer.subject())) {
      throw new PortalException(
          PortalException.Kind.FORBIDDEN,
          "Accept the terms of use (version "
              + profiles.currentTerms()
              + ") before subscribing: open "
              + portal.getHome()
              + "/terms.");
    }
    return caller;
  }

  static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}
