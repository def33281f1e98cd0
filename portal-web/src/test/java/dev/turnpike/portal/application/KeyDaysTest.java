package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.portal.application.UsageService.DayUsage;
import dev.turnpike.portal.domain.model.analytics.TrafficHour;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.usage.UsageDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyDaysTest {
  private static final TenantId T = new TenantId("t");

  private static UsageDay used(String day, long count) {
    UsageDay u = new UsageDay(T, "k", "api", "prod", LocalDate.parse(day));
    u.add(count);
    return u;
  }

  private static TrafficHour hour(String at, long requests, long throttled) {
    TrafficHour h = new TrafficHour(T, "api", "prod", "GET /pets", "k", Instant.parse(at));
    h.add(requests, throttled, 0, throttled, "h");
    return h;
  }

  @Test
  void adds_the_429s_of_every_hour_of_a_utc_day_to_that_days_counted_requests() {
    List<DayUsage> days =
        KeyDays.merge(
            List.of(used("2026-11-24", 7), used("2026-11-25", 3)),
            List.of(
                hour("2026-11-25T00:00:00Z", 5, 2),
                hour("2026-11-25T23:00:00Z", 4, 1),
                hour("2026-11-24T12:00:00Z", 7, 0)));

    assertThat(days)
        .containsExactly(
            new DayUsage(LocalDate.parse("2026-11-24"), "api", "prod", 7, 0),
            new DayUsage(LocalDate.parse("2026-11-25"), "api", "prod", 3, 3));
  }

  @Test
  void a_day_with_only_throttled_requests_shows_with_zero_counted() {
    assertThat(KeyDays.merge(List.of(), List.of(hour("2026-11-23T08:00:00Z", 9, 9))))
        .containsExactly(new DayUsage(LocalDate.parse("2026-11-23"), "api", "prod", 0, 9));
  }
}
