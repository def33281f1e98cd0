package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.metering.TrafficMeter;
import dev.turnpike.gateway.metering.TrafficRecord;
import dev.turnpike.portal.application.TrafficReport.Granularity;
import dev.turnpike.portal.application.TrafficReport.GroupBy;
import dev.turnpike.portal.application.TrafficReport.Row;
import dev.turnpike.portal.domain.model.analytics.TrafficHour;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficReportTest {
  private static final Instant TEN = Instant.parse("2026-11-25T10:00:00Z");

  /** An hour row as the intake would store it: counts and the node's histogram. */
  private static TrafficHour hour(String method, String key, Instant at, long... latenciesMs) {
    TrafficMeter meter = new TrafficMeter();
    for (long ms : latenciesMs) {
      meter.record("api", "prod", method, key, ms > 900 ? 500 : 200, ms * 1000, at);
    }
    TrafficRecord record = meter.drain().get(0);
    TrafficHour row =
        new TrafficHour(new TenantId("t"), "api", "prod", method, record.keyId(), record.hour());
    row.add(
        record.requests(),
        record.clientErrors(),
        record.serverErrors(),
        record.throttled(),
        record.latencyHistogram());
    return row;
  }

  @Test
  void percentiles_of_a_day_come_from_all_its_requests_not_from_hourly_averages() {
    long[] fast = new long[99];
    java.util.Arrays.fill(fast, 10);
    List<TrafficHour> hours =
        List.of(
            hour("GET /pets", "k", TEN, fast), hour("GET /pets", "k", TEN.plusSeconds(3600), 1000));

    List<Row> daily = TrafficReport.fold(hours, Granularity.DAY, GroupBy.NONE, h -> "x");

    assertThat(daily).hasSize(1);
    Row day = daily.get(0);
    assertThat(day.period()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
    assertThat(day.requests()).isEqualTo(100);
    assertThat(day.serverErrors()).isEqualTo(1);
    assertThat(day.p50Ms()).isBetween(9.9, 10.1);
    assertThat(day.p99Ms()).isBetween(9.9, 10.1);
    assertThat(TrafficReport.fold(hours, Granularity.HOUR, GroupBy.NONE, h -> "x"))
        .extracting(Row::p99Ms)
        .satisfiesExactly(
            p -> assertThat(p).isBetween(9.9, 10.1), p -> assertThat(p).isBetween(990.0, 1010.0));
  }

  @Test
  void groups_by_the_label_given_and_sorts_by_period_then_group() {
    List<TrafficHour> hours =
        List.of(
            hour("POST /pets", "k", TEN, 5),
            hour("GET /pets", "k", TEN, 5, 5),
            hour("GET /pets", null, TEN, 5));

    List<Row> byMethod =
        TrafficReport.fold(hours, Granularity.HOUR, GroupBy.METHOD, TrafficHour::method);

    assertThat(byMethod)
        .extracting(r -> r.group() + "=" + r.requests())
        .containsExactly("GET /pets=3", "POST /pets=1");
  }

  @Test
  void a_timeline_has_a_zero_row_for_every_quiet_hour() {
    List<Row> rows =
        TrafficReport.fold(
            List.of(hour("GET /pets", "k", TEN, 5)), Granularity.HOUR, GroupBy.NONE, h -> "all");

    List<Row> filled =
        TrafficReport.filled(rows, TEN.minusSeconds(7200), TEN.plusSeconds(7200), Granularity.HOUR);

    assertThat(filled).extracting(Row::requests).containsExactly(0L, 0L, 1L, 0L);
  }

  @Test
  void csv_quotes_what_needs_it_and_defuses_spreadsheet_formulas() {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(TEN, "tpk_abc (ci, \"main\")", 3, 1, 0, 1.5, 2, 2.25));
    rows.add(new Row(TEN, "=HYPERLINK(\"x\")", 1, 0, 0, 0, 0, 0));

    String[] lines = TrafficReport.csv(rows).split("\r\n");

    assertThat(lines[0]).isEqualTo("period,group,requests,4xx,5xx,p50_ms,p95_ms,p99_ms");
    assertThat(lines[1])
        .isEqualTo("2026-11-25T10:00:00Z,\"tpk_abc (ci, \"\"main\"\")\",3,1,0,1.500,2.000,2.250");
    assertThat(lines[2]).startsWith("2026-11-25T10:00:00Z,\"'=HYPERLINK(\"\"x\"\")\",1,");
  }
}
