package dev.turnpike.usageplans.limit;

import dev.turnpike.usageplans.plan.QuotaLimit;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Where quota periods begin and end, in UTC, as Amazon API Gateway counts them: a DAY starts at
 * midnight; a WEEK starts on Sunday 00:00 shifted by {@code offset} days (0..6); a MONTH starts on
 * the 1st at 00:00 shifted by {@code offset} days (0..27, so the start day exists in every month,
 * February included). Periods are half-open: {@code [start, end)}.
 */
public final class QuotaPeriods {
  static final int MAX_WEEK_OFFSET = 6;
  static final int MAX_MONTH_OFFSET = 27;

  private QuotaPeriods() {}

  /** The first instant of the period that contains {@code now}. */
  public static Instant periodStart(QuotaLimit limit, Instant now) {
    return startDate(limit, now).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the period that contains {@code now}: when the quota resets. */
  public static Instant periodEnd(QuotaLimit limit, Instant now) {
    LocalDate start = startDate(limit, now);
    LocalDate end =
        switch (limit.period()) {
          case DAY -> start.plusDays(1);
          case WEEK -> start.plusWeeks(1);
          // The offset never crosses a month end (at most the 28th), so the start's own month
          // gives the next period's 1st.
          case MONTH -> start.withDayOfMonth(1).plusMonths(1).plusDays(limit.offset());
        };
    return end.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static LocalDate startDate(QuotaLimit limit, Instant now) {
    Objects.requireNonNull(limit, "QuotaPeriods: the quota limit is required");
    Objects.requireNonNull(now, "QuotaPeriods: now is required");
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    int offset = limit.offset();
    return switch (limit.period()) {
      case DAY -> {
        requireOffset(limit, 0);
        yield today;
      }
      case WEEK -> {
        requireOffset(limit, MAX_WEEK_OFFSET);
        LocalDate start =
            today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).plusDays(offset);
        yield start.isAfter(today) ? start.minusWeeks(1) : start;
      }
      case MONTH -> {
        requireOffset(limit, MAX_MONTH_OFFSET);
        LocalDate start = today.withDayOfMonth(1).plusDays(offset);
        yield start.isAfter(today)
            ? today.minusMonths(1).withDayOfMonth(1).plusDays(offset)
            : start;
      }
    };
  }

  private static void requireOffset(QuotaLimit limit, int max) {
    if (limit.offset() < 0 || limit.offset() > max) {
      throw new IllegalArgumentException(
          "QuotaLimit.offset must be between 0 and "
              + max
              + " for period "
              + limit.period()
              + ", got "
              + limit.offset()
              + "; fix the usage plan's quota offset");
    }
  }
}
