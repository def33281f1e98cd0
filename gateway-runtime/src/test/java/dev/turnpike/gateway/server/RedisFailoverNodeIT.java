package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.turnpike.gateway.config.NodeOptions;
import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.support.FakePortal;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.usageplans.key.ApiKeyRecord;
import dev.turnpike.usageplans.plan.ApiStageRef;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import dev.turnpike.usageplans.plan.UsagePlan;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone node with {@code --redis} against its OWN redis-server on a free port (never the
 * shared one), killed and restarted under load.
 */
class RedisFailoverNodeIT {

  private static final String KEY = "tpk_failover-secret-value";

  @TempDir Path dir;
  private int redisPort;
  private Process redis;

  @BeforeAll
  static void quiet() {
    java.util.logging.Logger.getLogger("dev.turnpike").setLevel(java.util.logging.Level.SEVERE);
    java.util.logging.Logger.getLogger("io.lettuce").setLevel(java.util.logging.Level.OFF);
    java.util.logging.Logger.getLogger("io.netty").setLevel(java.util.logging.Level.OFF);
  }

  @AfterEach
  void stopRedis() throws Exception {
    if (redis != null) {
      redis.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void fail_open_keeps_serving_while_redis_is_away_and_returns_to_redis() throws Exception {
    startRedis();
    try (FakePortal portal = new FakePortal();
        StandaloneNode node = StandaloneNode.start(options(portal, "fail-open"))) {
      portal.publish(snapshot());
      await().atMost(Duration.ofSeconds(10)).until(() -> node.server().isReady());
      String url = "http://127.0.0.1:" + node.server().port();
      assertThat(counters(url)).isEqualTo("REMOTE");

      Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
      AtomicBoolean loading = new AtomicBoolean(true);
      Thread load =
          new Thread(
              () -> {
                while (loading.get()) {
                  int status = Http.get(url + "/f/prod/items", "x-api-key", KEY).statusCode();
                  statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
              });
      load.start();
      try {
        await().atMost(Duration.ofSeconds(5)).until(() -> statuses.containsKey(200));
        killRedis();
        await().atMost(Duration.ofSeconds(10)).until(() -> "LOCAL".equals(counters(url)));
        HttpResponse<String> ready = Http.get(url + "/health/ready");
        assertThat(ready.statusCode()).as("LOCAL still serves: ready").isEqualTo(200);
        assertThat(new JsonObject(ready.body()).getJsonObject("counters").getString("since"))
            .isNotBlank();
        int before = total(statuses);
        await().atMost(Duration.ofSeconds(5)).until(() -> total(statuses) > before + 20);

        startRedis();
        await().atMost(Duration.ofSeconds(15)).until(() -> "REMOTE".equals(counters(url)));
        int back = total(statuses);
        await().atMost(Duration.ofSeconds(5)).until(() -> total(statuses) > back + 20);
      } finally {
        loading.set(false);
        load.join(15_000);
      }
      assertThat(statuses.keySet()).as("only 200 or 429, never 5xx").isSubsetOf(Set.of(200, 429));
    }
  }

  @Test
  void fail_closed_answers_503_and_is_not_ready_while_redis_is_away() throws Exception {
    startRedis();
    try (FakePortal portal = new FakePortal();
        StandaloneNode node = StandaloneNode.start(options(portal, "fail-closed"))) {
      portal.publish(snapshot());
      await().atMost(Duration.ofSeconds(10)).until(() -> node.server().isReady());
      String url = "http://127.0.0.1:" + node.server().port();
      assertThat(Http.get(url + "/f/prod/items", "x-api-key", KEY).statusCode()).isEqualTo(200);

      killRedis();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> Http.get(url + "/f/prod/items", "x-api-key", KEY).statusCode() == 503);
      HttpResponse<String> refused = Http.get(url + "/f/prod/items", "x-api-key", KEY);
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.body()).isEqualTo("{\"message\":\"Service Unavailable\"}");
      HttpResponse<String> ready = Http.get(url + "/health/ready");
      assertThat(ready.statusCode()).isEqualTo(503);
      JsonObject body = new JsonObject(ready.body());
      assertThat(body.getString("status")).isEqualTo("DOWN");
      assertThat(body.getJsonObject("counters").getString("state")).isEqualTo("CLOSED");
      assertThat(body.getLong("snapshotVersion")).as("sync details are still there").isEqualTo(1);

      startRedis();
      await().atMost(Duration.ofSeconds(15)).until(() -> "REMOTE".equals(counters(url)));
      assertThat(Http.get(url + "/f/prod/items", "x-api-key", KEY).statusCode()).isEqualTo(200);
      assertThat(Http.get(url + "/health/ready").statusCode()).isEqualTo(200);
    }
  }

  private static int total(Map<Integer, AtomicInteger> statuses) {
    return statuses.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  private static String counters(String url) {
    JsonObject body = new JsonObject(Http.get(url + "/health/ready").body());
    return body.getJsonObject("counters").getString("state");
  }

  private NodeOptions options(FakePortal portal, String mode) throws IOException {
    Path token = Files.writeString(dir.resolve("token-" + mode), FakePortal.TOKEN);
    String[] args = {
      "--portal",
      portal.url(),
      "--sync-token-file",
      token.toString(),
      "--redis",
      "redis://127.0.0.1:" + redisPort + "/0",
      "--redis-failure-mode",
      mode,
      "--node-count",
      "2",
      "--redis-timeout-ms",
      "200",
      "--cache-dir",
      dir.resolve("cache-" + mode).toString(),
      "--poll-seconds",
      "1",
      "--host",
      "127.0.0.1",
      "--port",
      "0"
    };
    return NodeOptions.parse(
        args,
        Map.of("TURNPIKE_KEY_HASH_SECRET", new String(Fixtures.SECRET, StandardCharsets.UTF_8)));
  }

  private void startRedis() throws Exception {
    if (redisPort == 0) {
      try (ServerSocket free = new ServerSocket(0)) {
        redisPort = free.getLocalPort();
      }
    }
    redis =
        new ProcessBuilder(
                "redis-server",
                "--port",
                Integer.toString(redisPort),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    await().atMost(Duration.ofSeconds(10)).until(this::redisAccepts);
  }

  private void killRedis() throws Exception {
    redis.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  private boolean redisAccepts() {
    try (Socket s = new Socket("127.0.0.1", redisPort)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static GatewaySnapshot snapshot() {
    MethodDefinition items =
        new MethodDefinition("GET", "/items", true, "items", Integration.mock("{\"ok\":true}"));
    Deployment deployment =
        new Deployment(
            "tenant-f",
            "f",
            "prod",
            "d-f",
            new ApiDefinition("F", "1", List.of(items), "HEADER", Map.of()),
            Map.of(),
            null,
            Map.of());
    UsagePlan plan =
        new UsagePlan(
            "plan-f",
            "tenant-f",
            "Busy",
            new ThrottleLimit(200, 50),
            new QuotaLimit(1_000_000, QuotaPeriod.DAY, 0),
            List.of(new ApiStageRef("f", "prod", null)));
    ApiKeyRecord key =
        new ApiKeyRecord(
            "k-failover",
            "tenant-f",
            "owner",
            "tpk_failover",
            Fixtures.HASHER.hash(KEY),
            true,
            null,
            Set.of("plan-f"));
    return new GatewaySnapshot(1, List.of(deployment), List.of(plan), List.of(key), Map.of());
  }
}
