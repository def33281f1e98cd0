package dev.turnpike.portal.application;

import dev.turnpike.portal.domain.model.key.ApiKey;
import dev.turnpike.portal.domain.model.plan.Plan;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.domain.model.usage.UsageDay;
import dev.turnpike.portal.infrastructure.persistence.JpaApiKeyRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaPlanRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaSubscriptionRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaTrafficRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaUsageRepository;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import dev.turnpike.usageplans.limit.QuotaPeriods;
import dev.turnpike.usageplans.metering.UsageRecord;
import dev.turnpike.usageplans.plan.QuotaLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

/**
 * Usage per key, API stage and UTC day, as gateways report it (at least once; a flush id counts
 * once), and the answers AWS's get-usage gives: usage between dates and the quota left now.
 */
@ApplicationScoped
@Transactional
public class UsageService {
  /** AWS's get-usage refuses ranges longer than this; so do we. */
  static final int MAX_RANGE_DAYS = 90;

  private static final Logger LOG = Logger.getLogger(UsageService.class.getName());

  /** {@code requests} counted against the quota; {@code throttled}: refused with 429 besides. */
  public record DayUsage(
      LocalDate day, String apiId, String stage, long requests, long throttled) {}

  public record QuotaLeft(
      String planId,
      String planName,
      long limit,
      String period,
      long used,
      long remaining,
      Instant resetsAt) {}

  public record KeyUsage(
      String keyId, LocalDate from, LocalDate to, List<DayUsage> days, List<QuotaLeft> quotas) {}

  @Inject TenantAccess access;
  @Inject PlatformQueries platform;
  @Inject JpaUsageRepository usage;
  @Inject JpaApiKeyRepository keys;
  @Inject JpaPlanRepository plans;
  @Inject JpaSubscriptionRepository subscriptions;
  @Inject JpaTrafficRepository traffic;

  Clock clock = Clock.systemUTC();

  /** Adds what a gateway counted; returns how many records were new. Unknown keys are skipped. */
  public int record(Collection<UsageRecord> records) {
    int applied = 0;
    for (UsageRecord record : records) {
      ApiKey key = platform.key(record.keyId()).orElse(null);
      if (key == null) {
        LOG.warning("Usage for unknown key " + record.keyId() + " skipped (deleted key?)");
        continue;
      }
      if (!usage.firstSight(record.flushId())) {
        continue;
      }
      TenantId tenant = new TenantId(key.tenantId());
      UsageDay day =
          usage
              .day(tenant, key.id(), record.apiId(), record.stage(), record.day())
              .orElseGet(
                  () -> {
                    UsageDay created =
                        new UsageDay(
                            tenant, key.id(), record.apiId(), record.stage(), record.day());
                    usage.add(tenant, created);
                    return created;
                  });
      day.add(record.count());
      applied++;
    }
    return applied;
  }

  public KeyUsage ofKey(Caller caller, String tenantId, String keyId, String from, String to) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    ApiKey key =
        keys.find(tenant, keyId).orElseThrow(() -> PortalException.notFound("API key", keyId));
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate end = date("to", to, today);
    LocalDate start = date("from", from, end.minusDays(29));
    if (start.isAfter(end) || start.plusDays(MAX_RANGE_DAYS).isBefore(end)) {
      throw PortalException.badInput(
          "from", "give a range of at most " + MAX_RANGE_DAYS + " days with from <= to.");
    }
    return new KeyUsage(
        keyId, start, end, days(tenant, keyId, start, end), quotasLeft(tenant, key));
  }

  /**
   * The subscriber's own view of their subscription's key: the last 30 days and the quota left.
   * Someone else's subscription reads as unknown, so ids cannot be probed.
   */
  public KeyUsage ofMySubscription(Caller caller, String subscriptionId) {
    String keyId =
        subscriptions
            .ownedBy(caller.email(), subscriptionId)
            .map(s -> s.keyId())
            .orElseThrow(() -> PortalException.notFound("Subscription", subscriptionId));
    ApiKey key = platform.key(keyId).orElseThrow(() -> PortalException.notFound("API key", keyId));
    TenantId tenant = new TenantId(key.tenantId());
    LocalDate end = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate start = end.minusDays(29);
    return new KeyUsage(
        keyId, start, end, days(tenant, keyId, start, end), quotasLeft(tenant, key));
  }

  private List<DayUsage> days(TenantId tenant, String keyId, LocalDate start, LocalDate end) {
    return KeyDays.merge(
        usage.ofKey(tenant, keyId, start, end),
        traffic.ofKey(
            tenant,
            keyId,
            start.atStartOfDay(ZoneOffset.UTC).toInstant(),
            end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  /**
   * Quota left per plan of the key, from the flushed counts: it trails the gateways' own counters
   * by at most one flush interval.
   */
  private List<QuotaLeft> quotasLeft(TenantId tenant, ApiKey key) {
    Instant now = clock.instant();
    return key.planIds().stream()
        .map(id -> plans.find(tenant, id))
        .flatMap(java.util.Optional::stream)
        .filter(plan -> plan.quotaLimit() != null)
        .map(plan -> quotaLeft(tenant, key, plan, now))
        .toList();
  }

  private QuotaLeft quotaLeft(TenantId tenant, ApiKey key, Plan plan, Instant now) {
    QuotaLimit limit =
        new QuotaLimit(
            plan.quotaLimit(),
            plan.quotaPeriod(),
            plan.quotaOffset() == null ? 0 : plan.quotaOffset());
    LocalDate first = LocalDate.ofInstant(QuotaPeriods.periodStart(limit, now), ZoneOffset.UTC);
    LocalDate last = LocalDate.ofInstant(now, ZoneOffset.UTC);
    long used =
        usage.ofKey(tenant, key.id(), first, last).stream()
            .filter(
                u ->
                    plan.stages().stream()
                        .anyMatch(s -> s.apiId().equals(u.apiId()) && s.stage().equals(u.stage())))
            .mapToLong(UsageDay::count)
            .sum();
    return new QuotaLeft(
        plan.id(),
        plan.name(),
        limit.limit(),
        limit.period().name(),
        used,
        Math.max(0, limit.limit() - used),
        QuotaPeriods.periodEnd(limit, now));
  }

  private static LocalDate date(String field, String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw PortalException.badInput(field, "'" + value + "' is not a date like 2026-11-25.");
    }
  }
}
