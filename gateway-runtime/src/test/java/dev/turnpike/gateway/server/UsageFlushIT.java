package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.metering.UsageSink;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.TestClock;
import dev.turnpike.usageplans.key.ApiKeyRecord;
import dev.turnpike.usageplans.metering.UsageRecord;
import dev.turnpike.usageplans.plan.ApiStageRef;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.UsagePlan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Usage flushed from a running gateway to an in-process sink, as the bundled runtime does. */
class UsageFlushIT {

  static final String KEY = "tpk_meter-secret-value";
  static final String FREE_KEY = "tpk_free-secret-value";

  /** Records every batch offered; fails them while {@link #failing}. */
  static final class RecordingSink implements UsageSink {
    final List<List<UsageRecord>> offered = new CopyOnWriteArrayList<>();
    final List<UsageRecord> accepted = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public CompletableFuture<Void> accept(List<UsageRecord> records) {
      offered.add(records);
      if (failing) {
        return CompletableFuture.failedFuture(new IllegalStateException("portal down"));
      }
      accepted.addAll(records);
      return CompletableFuture.completedFuture(null);
    }

    long acceptedCount() {
      return accepted.stream().mapToLong(UsageRecord::count).sum();
    }
  }

  @BeforeAll
  static void quiet() {
    java.util.logging.Logger.getLogger("dev.turnpike.gateway")
        .setLevel(java.util.logging.Level.SEVERE);
  }

  @Test
  void counts_admitted_keyed_requests_and_retries_a_failed_flush_with_the_same_flush_ids() {
    RecordingSink sink = new RecordingSink();
    TestClock clock = new TestClock();
    try (GatewayServer gateway = start(sink, Duration.ofMillis(100), clock)) {
      String url = "http://127.0.0.1:" + gateway.port() + "/m/prod/items";
      for (int i = 0; i < 5; i++) {
        Http.get(url, "x-api-key", KEY); // quota 3: 3 x 200, 2 x 429 (not counted)
      }
      Http.get(url, "x-api-key", "tpk_wrong-secret"); // 403: not counted
      Http.get("http://127.0.0.1:" + gateway.port() + "/m/prod/open"); // no key: not counted

      await().atMost(Duration.ofSeconds(5)).until(() -> sink.acceptedCount() == 3);
      UsageRecord record = sink.accepted.get(0);
      assertThat(record.keyId()).isEqualTo("k-meter");
      assertThat(record.apiId()).isEqualTo("m");
      assertThat(record.stage()).isEqualTo("prod");
      assertThat(record.day()).isEqualTo(LocalDate.of(2030, 1, 15));

      sink.failing = true;
      int offeredBefore = sink.offered.size();
      Http.get("http://127.0.0.1:" + gateway.port() + "/m/prod/more", "x-api-key", FREE_KEY);
      Http.get("http://127.0.0.1:" + gateway.port() + "/m/prod/more", "x-api-key", FREE_KEY);
      await().atMost(Duration.ofSeconds(5)).until(() -> sink.offered.size() >= offeredBefore + 2);
      Set<String> failedIds = flushIds(sink.offered.get(offeredBefore));
      assertThat(sink.offered.get(offeredBefore + 1))
          .as("the retry offers the same records again")
          .extracting(UsageRecord::flushId)
          .containsAll(failedIds);

      sink.failing = false;
      await().atMost(Duration.ofSeconds(5)).until(() -> sink.acceptedCount() == 5);
      assertThat(flushIds(sink.accepted)).containsAll(failedIds);
      assertThat(gateway.usageFlusher().pendingCount()).isZero();
    }
  }

  @Test
  void flushes_once_more_on_close() {
    RecordingSink sink = new RecordingSink();
    GatewayServer gateway = start(sink, Duration.ofHours(1), new TestClock());
    Http.get("http://127.0.0.1:" + gateway.port() + "/m/prod/more", "x-api-key", FREE_KEY);
    assertThat(sink.offered).isEmpty();

    gateway.close();

    assertThat(sink.acceptedCount()).isEqualTo(1);
  }

  private static Set<String> flushIds(List<UsageRecord> records) {
    return records.stream().map(UsageRecord::flushId).collect(Collectors.toSet());
  }

  private static GatewayServer start(UsageSink sink, Duration interval, TestClock clock) {
    GatewayServer gateway =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .clock(clock)
                .usageSink(sink)
                .flushInterval(interval)
                .build());
    gateway.apply(snapshot());
    return gateway;
  }

  private static GatewaySnapshot snapshot() {
    Integration ok = Integration.mock("{\"ok\":true}");
    List<MethodDefinition> methods =
        List.of(
            new MethodDefinition("GET", "/items", true, "items", ok),
            new MethodDefinition("GET", "/more", true, "more", ok),
            new MethodDefinition("GET", "/open", false, "open", ok));
    Deployment deployment =
        new Deployment(
            "tenant-m",
            "m",
            "prod",
            "d-m",
            new ApiDefinition("M", "1", methods, "HEADER", Map.of()),
            Map.of(),
            null,
            Map.of());
    UsagePlan plan =
        new UsagePlan(
            "plan-m",
            "tenant-m",
            "Three",
            null,
            new QuotaLimit(3, QuotaPeriod.DAY, 0),
            List.of(new ApiStageRef("m", "prod", null)));
    UsagePlan free =
        new UsagePlan(
            "plan-free",
            "tenant-m",
            "Free",
            null,
            null,
            List.of(new ApiStageRef("m", "prod", null)));
    return new GatewaySnapshot(
        1,
        List.of(deployment),
        List.of(plan, free),
        List.of(key("k-meter", KEY, "plan-m"), key("k-free", FREE_KEY, "plan-free")),
        Map.of());
  }

  private static ApiKeyRecord key(String id, String plaintext, String plan) {
    return new ApiKeyRecord(
        id,
        "tenant-m",
        "owner",
        "tpk_" + id,
        Fixtures.HASHER.hash(plaintext),
        true,
        null,
        Set.of(plan));
  }
}
