package dev.turnpike.usageplans.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuotaPeriodsTest {

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  private static void assertPeriod(QuotaLimit limit, String now, String start, String end) {
    assertThat(QuotaPeriods.periodStart(limit, at(now)))
        .as("start for %s", now)
        .isEqualTo(at(start));
    assertThat(QuotaPeriods.periodEnd(limit, at(now))).as("end for %s", now).isEqualTo(at(end));
  }

  @Test
  void day_runs_from_utc_midnight_to_the_next() {
    QuotaLimit day = new QuotaLimit(10, QuotaPeriod.DAY, 0);
    assertPeriod(day, "2024-03-06T23:59:59.999Z", "2024-03-06T00:00:00Z", "2024-03-07T00:00:00Z");
    assertPeriod(day, "2024-03-07T00:00:00Z", "2024-03-07T00:00:00Z", "2024-03-08T00:00:00Z");
  }

  @Test
  void day_refuses_an_offset() {
    assertThatThrownBy(
            () ->
                QuotaPeriods.periodStart(
                    new QuotaLimit(1, QuotaPeriod.DAY, 1), at("2024-03-06T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QuotaLimit.offset")
        .hasMessageContaining("DAY");
  }

  @Test
  void week_starts_on_sunday_without_offset() {
    QuotaLimit week = new QuotaLimit(10, QuotaPeriod.WEEK, 0);
    // 2024-03-06 is a Wednesday; 2024-03-03 a Sunday.
    assertPeriod(week, "2024-03-06T12:00:00Z", "2024-03-03T00:00:00Z", "2024-03-10T00:00:00Z");
    assertPeriod(week, "2024-03-03T00:00:00Z", "2024-03-03T00:00:00Z", "2024-03-10T00:00:00Z");
    assertPeriod(week, "2024-03-02T23:59:59Z", "2024-02-25T00:00:00Z", "2024-03-03T00:00:00Z");
  }

  @Test
  void week_offset_shifts_the_start_by_days_after_sunday() {
    QuotaLimit tuesdays = new QuotaLimit(10, QuotaPeriod.WEEK, 2);
    assertPeriod(tuesdays, "2024-03-06T12:00:00Z", "2024-03-05T00:00:00Z", "2024-03-12T00:00:00Z");
    // Monday is before this week's Tuesday, so it belongs to the week that began last Tuesday.
    assertPeriod(tuesdays, "2024-03-04T12:00:00Z", "2024-02-27T00:00:00Z", "2024-03-05T00:00:00Z");
    QuotaLimit saturdays = new QuotaLimit(10, QuotaPeriod.WEEK, 6);
    assertPeriod(saturdays, "2024-03-08T12:00:00Z", "2024-03-02T00:00:00Z", "2024-03-09T00:00:00Z");
  }

  @Test
  void week_refuses_offset_above_six() {
    assertThatThrownBy(
            () ->
                QuotaPeriods.periodEnd(
                    new QuotaLimit(1, QuotaPeriod.WEEK, 7), at("2024-03-06T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QuotaLimit.offset must be between 0 and 6")
        .hasMessageContaining("got 7");
  }

  @Test
  void month_follows_month_lengths() {
    QuotaLimit month = new QuotaLimit(10, QuotaPeriod.MONTH, 0);
    assertPeriod(month, "2024-04-30T23:59:59Z", "2024-04-01T00:00:00Z", "2024-05-01T00:00:00Z");
    assertPeriod(month, "2024-01-31T10:00:00Z", "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z");
    assertPeriod(month, "2024-12-15T10:00:00Z", "2024-12-01T00:00:00Z", "2025-01-01T00:00:00Z");
  }

  @Test
  void february_of_a_leap_year_has_29_days() {
    QuotaLimit month = new QuotaLimit(10, QuotaPeriod.MONTH, 0);
    assertPeriod(month, "2024-02-29T23:59:59Z", "2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z");
    assertPeriod(month, "2023-02-28T23:59:59Z", "2023-02-01T00:00:00Z", "2023-03-01T00:00:00Z");
  }

  @Test
  void month_offset_shifts_the_start_by_days_after_the_first() {
    QuotaLimit fifteenth = new QuotaLimit(10, QuotaPeriod.MONTH, 14);
    assertPeriod(fifteenth, "2024-03-20T00:00:00Z", "2024-03-15T00:00:00Z", "2024-04-15T00:00:00Z");
    assertPeriod(fifteenth, "2024-03-10T00:00:00Z", "2024-02-15T00:00:00Z", "2024-03-15T00:00:00Z");
    assertPeriod(fifteenth, "2024-01-05T00:00:00Z", "2023-12-15T00:00:00Z", "2024-01-15T00:00:00Z");
  }

  @Test
  void largest_month_offset_lands_on_the_28th_even_in_february() {
    QuotaLimit last = new QuotaLimit(10, QuotaPeriod.MONTH, 27);
    assertPeriod(last, "2023-02-28T00:00:00Z", "2023-02-28T00:00:00Z", "2023-03-28T00:00:00Z");
    assertPeriod(last, "2024-02-29T12:00:00Z", "2024-02-28T00:00:00Z", "2024-03-28T00:00:00Z");
    assertPeriod(last, "2024-03-27T12:00:00Z", "2024-02-28T00:00:00Z", "2024-03-28T00:00:00Z");
  }

  @Test
  void month_refuses_offset_above_27() {
    assertThatThrownBy(
            () ->
                QuotaPeriods.periodStart(
                    new QuotaLimit(1, QuotaPeriod.MONTH, 28), at("2024-03-06T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QuotaLimit.offset must be between 0 and 27 for period MONTH");
  }
}
