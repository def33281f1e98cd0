package dev.turnpike.gateway.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class TrafficMeterTest {
  private static final Instant TEN_PAST = Instant.parse("2026-11-25T10:10:00Z");
  private final TrafficMeter meter =
      new TrafficMeter(Clock.fixed(Instant.parse("2026-11-25T10:30:00Z"), ZoneOffset.UTC));

  @Test
  void counts_requests_errors_and_latency_percentiles_per_method_key_and_hour() {
    for (int ms = 1; ms <= 100; ms++) {
      int status = ms <= 10 ? 403 : ms <= 15 ? 502 : 200;
      meter.record("api", "prod", "GET /pets", "key-1", status, ms * 1000L, TEN_PAST);
    }

    List<TrafficRecord> records = meter.drain();

    assertThat(records).hasSize(1);
    TrafficRecord record = records.get(0);
    assertThat(record.hour()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    assertThat(record.method()).isEqualTo("GET /pets");
    assertThat(record.requests()).isEqualTo(100);
    assertThat(record.clientErrors()).isEqualTo(10);
    assertThat(record.serverErrors()).isEqualTo(5);
    Histogram latency = LatencyHistograms.decode(record.latencyHistogram());
    assertThat(latency.getValueAtPercentile(50)).isBetween(49_500L, 50_500L);
    assertThat(latency.getValueAtPercentile(99)).isBetween(98_000L, 100_000L);
  }

  @Test
  void counts_429s_apart_as_throttled_within_the_client_errors_and_zeroes_them_on_drain() {
    meter.record("api", "prod", "GET /pets", "key-1", 200, 500, TEN_PAST);
    meter.record("api", "prod", "GET /pets", "key-1", 429, 500, TEN_PAST);
    meter.record("api", "prod", "GET /pets", "key-1", 429, 500, TEN_PAST);
    meter.record("api", "prod", "GET /pets", "key-1", 404, 500, TEN_PAST);

    TrafficRecord record = meter.drain().get(0);

    assertThat(record.requests()).isEqualTo(4);
    assertThat(record.clientErrors()).isEqualTo(3);
    assertThat(record.throttled()).isEqualTo(2);
    meter.record("api", "prod", "GET /pets", "key-1", 200, 500, TEN_PAST);
    assertThat(meter.drain().get(0).throttled()).isZero();
  }

  @Test
  void a_record_without_throttled_counts_reads_zero_and_more_throttled_than_4xx_is_refused() {
    TrafficRecord old =
        new TrafficRecord(
            "api",
            "prod",
            "GET /pets",
            "k",
            Instant.parse("2026-11-25T10:00:00Z"),
            3,
            1,
            0,
            "h",
            "f");
    assertThat(old.throttled()).isZero();
    assertThatThrownBy(
            () ->
                new TrafficRecord(
                    "api",
                    "prod",
                    "GET /pets",
                    "k",
                    Instant.parse("2026-11-25T10:00:00Z"),
                    3,
                    1,
                    0,
                    2,
                    "h",
                    "f"))
        .hasMessageContaining("throttled");
  }

  @Test
  void keeps_keys_methods_and_hours_apart_and_starts_again_after_a_drain() {
    meter.record("api", "prod", "GET /pets", "key-1", 200, 500, TEN_PAST);
    meter.record("api", "prod", "GET /pets", null, 403, 500, TEN_PAST);
    meter.record("api", "prod", "POST /pets", "key-1", 201, 500, TEN_PAST);
    meter.record("api", "prod", "GET /pets", "key-1", 200, 500, TEN_PAST.plusSeconds(3600));

    assertThat(meter.drain())
        .extracting(r -> r.method() + "|" + r.keyId() + "|" + r.hour() + "|" + r.requests())
        .containsExactlyInAnyOrder(
            "GET /pets|key-1|2026-11-25T10:00:00Z|1",
            "GET /pets||2026-11-25T10:00:00Z|1",
            "POST /pets|key-1|2026-11-25T10:00:00Z|1",
            "GET /pets|key-1|2026-11-25T11:00:00Z|1");
    assertThat(meter.drain()).isEmpty();

    meter.record("api", "prod", "GET /pets", "key-1", 200, 500, TEN_PAST);
    assertThat(meter.drain()).singleElement().extracting(TrafficRecord::requests).isEqualTo(1L);
  }

  @Test
  void loses_no_request_recorded_while_draining() throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    int perThread = 50_000;
    for (int t = 0; t < 4; t++) {
      threads.execute(
          () -> {
            for (int i = 0; i < perThread; i++) {
              meter.record("api", "prod", "GET /pets", "key-1", 200, 100 + i % 50, TEN_PAST);
            }
          });
    }
    List<TrafficRecord> drained = new ArrayList<>();
    while (!threads.isTerminated()) {
      drained.addAll(meter.drain());
      threads.shutdown();
      threads.awaitTermination(1, TimeUnit.MILLISECONDS);
    }
    drained.addAll(meter.drain());

    assertThat(drained.stream().mapToLong(TrafficRecord::requests).sum()).isEqualTo(4L * perThread);
    Histogram merged = LatencyHistograms.empty();
    drained.forEach(r -> merged.add(LatencyHistograms.decode(r.latencyHistogram())));
    assertThat(merged.getTotalCount()).isEqualTo(4L * perThread);
  }

  @Test
  void a_corrupt_histogram_is_refused_with_a_clear_message() {
    assertThatThrownBy(() -> LatencyHistograms.decode("bm90IGEgaGlzdG9ncmFt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an encoded latency histogram");
  }
}
