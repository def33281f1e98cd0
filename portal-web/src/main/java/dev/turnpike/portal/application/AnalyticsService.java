package dev.turnpike.portal.application;

import dev.turnpike.portal.application.TrafficReport.Granularity;
import dev.turnpike.portal.application.TrafficReport.GroupBy;
import dev.turnpike.portal.application.TrafficReport.Row;
import dev.turnpike.portal.domain.model.analytics.TrafficHour;
import dev.turnpike.portal.domain.model.key.ApiKey;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.persistence.JpaApiKeyRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaTrafficRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Analytics for API developers: requests, 4xx, 5xx and latency p50/p95/p99 per hour or day, for the
 * whole tenant or one API, stage, method or key, grouped as asked. Readable by every member.
 */
@ApplicationScoped
@Transactional
public class AnalyticsService {
  /**
   * What a caller asks for; every field may be null (defaults: last 24 hours, hourly, no grouping).
   */
  public record Query(
      String apiId,
      String stage,
      String method,
      String keyId,
      String from,
      String to,
      String granularity,
      String groupBy) {}

  public record Report(
      Instant from, Instant to, Granularity granularity, GroupBy groupBy, List<Row> rows) {}

  static final Duration MAX_HOURLY_RANGE = Duration.ofDays(14);
  static final Duration MAX_DAILY_RANGE = Duration.ofDays(400);

  @Inject TenantAccess access;
  @Inject JpaTrafficRepository traffic;
  @Inject JpaApiKeyRepository keys;

  Clock clock = Clock.systemUTC();

  public Report report(Caller caller, String tenantId, Query query) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.VIEWER);
    Granularity granularity = choice("granularity", query.granularity(), Granularity.HOUR);
    GroupBy groupBy = choice("groupBy", query.groupBy(), GroupBy.NONE);
    Instant now = clock.instant();
    Instant to =
        instant("to", query.to(), now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS));
    Duration defaultRange =
        granularity == Granularity.DAY ? Duration.ofDays(30) : Duration.ofDays(1);
    Instant from = instant("from", query.from(), to.minus(defaultRange));
    Duration max = granularity == Granularity.DAY ? MAX_DAILY_RANGE : MAX_HOURLY_RANGE;
    if (!from.isBefore(to) || Duration.between(from, to).compareTo(max) > 0) {
      throw PortalException.badInput(
          "from",
          "give from < to, at most "
              + max.toDays()
              + " days apart for "
              + granularity.name().toLowerCase(Locale.ROOT)
              + " analytics.");
    }
    List<TrafficHour> hours =
        traffic.between(tenant, blankToNull(query.apiId()), from, to).stream()
            .filter(h -> matches(query.stage(), h.stage()))
            .filter(h -> matches(query.method(), h.method()))
            .filter(h -> matches(query.keyId(), h.keyId()))
            .toList();
    List<Row> rows = TrafficReport.fold(hours, granularity, groupBy, labels(tenant, groupBy));
    return new Report(from, to, granularity, groupBy, rows);
  }

  private Function<TrafficHour, String> labels(TenantId tenant, GroupBy groupBy) {
    Map<String, String> keyNames = new HashMap<>();
    if (groupBy == GroupBy.KEY) {
      for (ApiKey key : keys.list(tenant)) {
        keyNames.put(key.id(), key.prefix() + " (" + key.name() + ")");
      }
    }
    return switch (groupBy) {
      case API -> TrafficHour::apiId;
      case STAGE -> h -> h.apiId() + "/" + h.stage();
      case METHOD -> h -> h.apiId() + "/" + h.stage() + " " + h.method();
      case KEY ->
          h -> h.keyId().isEmpty() ? "(no key)" : keyNames.getOrDefault(h.keyId(), h.keyId());
      case NONE -> h -> "all";
    };
  }

  private static boolean matches(String wanted, String value) {
    return wanted == null || wanted.isBlank() || wanted.equals(value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static <E extends Enum<E>> E choice(String field, String value, E fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    for (E constant : fallback.getDeclaringClass().getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.strip())) {
        return constant;
      }
    }
    throw PortalException.badInput(
        field,
        "must be one of "
            + Arrays.toString(fallback.getDeclaringClass().getEnumConstants())
            + ", got '"
            + value
            + "'.");
  }

  /** An ISO instant ({@code 2026-11-25T10:00:00Z}) or a UTC date ({@code 2026-11-25}). */
  private static Instant instant(String field, String value, Instant fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw PortalException.badInput(
          field,
          "give an ISO date (2026-11-25) or instant (2026-11-25T10:00:00Z), got '" + value + "'.");
    }
  }
}
