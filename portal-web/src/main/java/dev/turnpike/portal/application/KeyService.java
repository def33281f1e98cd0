package dev.turnpike.portal.application;

import dev.turnpike.portal.application.Views.CreatedKey;
import dev.turnpike.portal.application.Views.KeyView;
import dev.turnpike.portal.domain.model.key.ApiKey;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.persistence.JpaApiKeyRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaPlanRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaUsageRepository;
import dev.turnpike.usageplans.key.ApiKeyGenerator;
import dev.turnpike.usageplans.key.ApiKeyHasher;
import dev.turnpike.usageplans.key.GeneratedApiKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** API keys: issued for an app developer, attached to usage plans, shown once, stored hashed. */
@ApplicationScoped
@Transactional
public class KeyService {
  @Inject TenantAccess access;
  @Inject JpaApiKeyRepository keys;
  @Inject JpaPlanRepository plans;
  @Inject PortalSettings settings;
  @Inject Event<ConfigurationChanged> changed;
  @Inject JpaUsageRepository usage;

  private final ApiKeyGenerator generator = new ApiKeyGenerator();
  private ApiKeyHasher hasher;

  @PostConstruct
  void init() {
    hasher = new ApiKeyHasher(settings.keyHashSecret());
  }

  public CreatedKey create(
      Caller caller, String tenantId, String name, String owner, List<String> planIds) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.ADMIN);
    return issue(tenant, name, owner, planIds);
  }

  /** Issues a key without a caller check: for trusted start-up code (the demo seed) only. */
  CreatedKey issue(TenantId tenant, String name, String owner, List<String> planIds) {
    String keyName = Inputs.name("name", name, 120);
    String keyOwner = Inputs.name("owner", owner, 254);
    Set<String> checkedPlans = new LinkedHashSet<>();
    for (String planId : planIds == null ? List.<String>of() : planIds) {
      plans.find(tenant, planId).orElseThrow(() -> PortalException.notFound("Usage plan", planId));
      checkedPlans.add(planId);
    }
    GeneratedApiKey generated = generator.generate();
    ApiKey key =
        new ApiKey(
            tenant,
            keyName,
            keyOwner,
            generated.prefix(),
            hasher.hash(generated.plaintext()),
            checkedPlans);
    keys.add(tenant, key);
    changed.fire(new ConfigurationChanged(tenant.value(), "api key"));
    return new CreatedKey(view(key), generated.plaintext());
  }

  /** The longest overlap a rotation may keep the old key valid: AWS-style keys live for days. */
  static final Duration MAX_OVERLAP = Duration.ofDays(30);

  /**
   * Issues a replacement with the same owner and plans; the old key stays valid for {@code
   * overlapSeconds} so clients can switch without downtime.
   */
  public CreatedKey rotate(Caller caller, String tenantId, String keyId, Long overlapSeconds) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.ADMIN);
    ApiKey old =
        keys.find(tenant, keyId).orElseThrow(() -> PortalException.notFound("API key", keyId));
    Instant now = Instant.now();
    if (!old.enabled() || (old.expiresAt() != null && !now.isBefore(old.expiresAt()))) {
      throw new PortalException(
          PortalException.Kind.CONFLICT,
          "Key " + old.prefix() + " is revoked or expired; issue a new key instead.");
    }
    long seconds = overlapSeconds == null ? 0 : overlapSeconds;
    if (seconds < 0 || Duration.ofSeconds(seconds).compareTo(MAX_OVERLAP) > 0) {
      throw PortalException.badInput(
          "overlapSeconds", "give 0 to " + MAX_OVERLAP.toSeconds() + " seconds (30 days).");
    }
    old.retireAt(now.plusSeconds(seconds));
    return issue(tenant, old.name(), old.owner(), List.copyOf(old.planIds()));
  }

  public List<KeyView> list(Caller caller, String tenantId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    Map<String, LocalDate> lastUsed = usage.lastUsedDays(tenant);
    return keys.list(tenant).stream().map(k -> view(k, lastUsed.get(k.id()))).toList();
  }

  public KeyView revoke(Caller caller, String tenantId, String keyId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.ADMIN);
    ApiKey key =
        keys.find(tenant, keyId).orElseThrow(() -> PortalException.notFound("API key", keyId));
    key.revoke();
    changed.fire(new ConfigurationChanged(tenant.value(), "api key"));
    return view(key);
  }

  static KeyView view(ApiKey key) {
    return view(key, null);
  }

  /** ACTIVE, PENDING_APPROVAL (its subscription waits), REVOKED or EXPIRED. */
  static String status(ApiKey key) {
    if (!key.enabled()) {
      return "REVOKED";
    }
    if (key.expiresAt() != null && !Instant.now().isBefore(key.expiresAt())) {
      return "EXPIRED";
    }
    return key.awaitingApproval() ? "PENDING_APPROVAL" : "ACTIVE";
  }

  static KeyView view(ApiKey key, LocalDate lastUsedOn) {
    return new KeyView(
        key.id(),
        key.name(),
        key.owner(),
        key.prefix(),
        key.enabled(),
        key.planIds(),
        key.createdAt(),
        key.expiresAt(),
        status(key),
        lastUsedOn);
  }
}
