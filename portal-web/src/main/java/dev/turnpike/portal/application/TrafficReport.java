package dev.turnpike.portal.application;

import dev.turnpike.gateway.metering.LatencyHistograms;
import dev.turnpike.portal.domain.model.analytics.TrafficHour;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * Folds hourly traffic rows into report rows per period (hour or UTC day) and group (nothing, API,
 * stage, method or key), merging latency histograms so each row's percentiles are true percentiles
 * of its requests, not averages of hourly ones.
 */
public final class TrafficReport {
  public enum Granularity {
    HOUR,
    DAY
  }

  public enum GroupBy {
    NONE,
    API,
    STAGE,
    METHOD,
    KEY
  }

  /** One period and group: counts and latency percentiles in milliseconds. */
  public record Row(
      Instant period,
      String group,
      long requests,
      long clientErrors,
      long serverErrors,
      double p50Ms,
      double p95Ms,
      double p99Ms) {}

  private TrafficReport() {}

  /**
   * @param label names a group value (e.g. a key id as its prefix and name)
   */
  public static List<Row> fold(
      List<TrafficHour> hours,
      Granularity granularity,
      GroupBy groupBy,
      Function<TrafficHour, String> label) {
    Map<Instant, Map<String, Bucket>> periods = new TreeMap<>();
    for (TrafficHour hour : hours) {
      Instant period =
          granularity == Granularity.DAY ? hour.hour().truncatedTo(ChronoUnit.DAYS) : hour.hour();
      String group = groupBy == GroupBy.NONE ? "all" : label.apply(hour);
      periods
          .computeIfAbsent(period, p -> new TreeMap<>())
          .computeIfAbsent(group, g -> new Bucket())
          .add(hour);
    }
    List<Row> rows = new ArrayList<>();
    periods.forEach(
        (period, groups) -> groups.forEach((group, b) -> rows.add(b.row(period, group))));
    rows.sort(Comparator.comparing(Row::period).thenComparing(Row::group));
    return rows;
  }

  /**
   * Ungrouped rows with a zero row for every period between {@code from} and {@code to} that had no
   * traffic, so a chart's time axis has no holes.
   */
  public static List<Row> filled(
      List<Row> rows, Instant from, Instant to, Granularity granularity) {
    ChronoUnit unit = granularity == Granularity.DAY ? ChronoUnit.DAYS : ChronoUnit.HOURS;
    Map<Instant, Row> byPeriod = new TreeMap<>();
    rows.forEach(r -> byPeriod.put(r.period(), r));
    List<Row> result = new ArrayList<>();
    for (Instant p = from.truncatedTo(unit); p.isBefore(to); p = p.plus(1, unit)) {
      result.add(byPeriod.getOrDefault(p, new Row(p, "all", 0, 0, 0, 0, 0, 0)));
    }
    return result;
  }

  /** RFC 4180 CSV with a header line; latencies in milliseconds with three decimals. */
  public static String csv(List<Row> rows) {
    StringBuilder csv = new StringBuilder("period,group,requests,4xx,5xx,p50_ms,p95_ms,p99_ms\r\n");
    for (Row row : rows) {
      csv.append(row.period())
          .append(',')
          .append(quoted(row.group()))
          .append(',')
          .append(row.requests())
          .append(',')
          .append(row.clientErrors())
          .append(',')
          .append(row.serverErrors())
          .append(',')
          .append(ms(row.p50Ms()))
          .append(',')
          .append(ms(row.p95Ms()))
          .append(',')
          .append(ms(row.p99Ms()))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String ms(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /**
   * Quotes a field holding a comma, quote or line break; a leading =+-@ is defused for
   * spreadsheets.
   */
  static String quoted(String field) {
    String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  private static final class Bucket {
    private long requests;
    private long clientErrors;
    private long serverErrors;
    private final Histogram latency = LatencyHistograms.empty();

    void add(TrafficHour hour) {
      requests += hour.requests();
      clientErrors += hour.clientErrors();
      serverErrors += hour.serverErrors();
      if (hour.latencyHistogram() != null) {
        latency.add(LatencyHistograms.decode(hour.latencyHistogram()));
      }
    }

    Row row(Instant period, String group) {
      return new Row(
          period,
          group,
          requests,
          clientErrors,
          serverErrors,
          percentile(50),
          percentile(95),
          percentile(99));
    }

    private double percentile(double p) {
      return latency.getTotalCount() == 0 ? 0 : latency.getValueAtPercentile(p) / 1000.0;
    }
  }
}
