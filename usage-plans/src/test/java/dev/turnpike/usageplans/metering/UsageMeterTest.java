package dev.turnpike.usageplans.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UsageMeterTest {
  private static final Instant NOW = Instant.parse("2024-03-06T23:59:59Z");
  private final UsageMeter meter = new UsageMeter(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void counts_per_key_api_stage_and_utc_day() {
    meter.record("k1", "api", "prod", NOW);
    meter.record("k1", "api", "prod", NOW.minusSeconds(60));
    meter.record("k1", "api", "prod", NOW.plusSeconds(1)); // next UTC day
    meter.record("k1", "api", "dev", NOW);
    meter.record("k2", "api", "prod", NOW);

    List<String> counted =
        meter.drain().stream()
            .map(r -> r.keyId() + " " + r.stage() + " " + r.day() + " " + r.count())
            .collect(Collectors.toList());
    assertThat(counted)
        .containsExactlyInAnyOrder(
            "k1 prod 2024-03-06 2",
            "k1 prod 2024-03-07 1",
            "k1 dev 2024-03-06 1",
            "k2 prod 2024-03-06 1");
  }

  @Test
  void drain_resets_the_counts() {
    meter.record("k1", "api", "prod", NOW);
    assertThat(meter.drain()).hasSize(1);
    assertThat(meter.drain()).isEmpty();
    meter.record("k1", "api", "prod", NOW);
    assertThat(meter.drain()).singleElement().extracting(UsageRecord::count).isEqualTo(1L);
  }

  @Test
  void every_record_gets_its_own_flush_id() {
    meter.record("k1", "api", "prod", NOW);
    meter.record("k2", "api", "prod", NOW);
    List<UsageRecord> first = meter.drain();
    meter.record("k1", "api", "prod", NOW);
    List<UsageRecord> second = meter.drain();
    assertThat(first.get(0).flushId()).isNotEqualTo(first.get(1).flushId());
    assertThat(second.get(0).flushId()).isNotIn(first.get(0).flushId(), first.get(1).flushId());
  }

  @Test
  void old_days_are_still_reported_once_after_a_late_record() {
    meter.record("k1", "api", "prod", Instant.parse("2024-03-01T10:00:00Z"));
    assertThat(meter.drain())
        .singleElement()
        .extracting(UsageRecord::day)
        .isEqualTo(LocalDate.parse("2024-03-01"));
    assertThat(meter.drain()).isEmpty();
  }

  @Test
  void concurrent_records_are_counted_exactly_even_while_draining() throws Exception {
    int threads = 8;
    int perThread = 50_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    try {
      CountDownLatch start = new CountDownLatch(1);
      AtomicBoolean recording = new AtomicBoolean(true);
      AtomicLong drained = new AtomicLong();
      Future<?> drainer =
          pool.submit(
              () -> {
                while (recording.get()) {
                  meter.drain().forEach(r -> drained.addAndGet(r.count()));
                }
                return null;
              });
      List<Future<?>> recorders =
          java.util.stream.IntStream.range(0, threads)
              .mapToObj(
                  t ->
                      pool.submit(
                          () -> {
                            start.await();
                            for (int i = 0; i < perThread; i++) {
                              meter.record("k" + (i % 4), "api", "prod", NOW);
                            }
                            return null;
                          }))
              .collect(Collectors.toList());
      start.countDown();
      for (Future<?> f : recorders) {
        f.get(30, TimeUnit.SECONDS);
      }
      recording.set(false);
      drainer.get(30, TimeUnit.SECONDS);
      meter.drain().forEach(r -> drained.addAndGet(r.count()));
      assertThat(drained.get()).isEqualTo((long) threads * perThread);
    } finally {
      pool.shutdownNow();
    }
  }
}
