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
import dev.turnpike.usageplans.plan.UsagePlan;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two standalone nodes started from command-line options, pulling from one (fake) portal and
 * sharing counters in the real Redis on 127.0.0.1:6379 under a random key prefix.
 */
class StandaloneClusterIT {

  private static final String KEY = "tpk_cluster-secret-value";

  @TempDir Path dir;

  @Test
  void two_nodes_with_redis_share_one_quota() throws Exception {
    Path tokenFile = Files.writeString(dir.resolve("token"), FakePortal.TOKEN + "\n");
    String prefix = "turnpike-test-" + UUID.randomUUID() + ":";
    Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
    Map<String, String> env =
        Map.of("TURNPIKE_KEY_HASH_SECRET", new String(Fixtures.SECRET, StandardCharsets.UTF_8));
    try (FakePortal portal = new FakePortal();
        StandaloneNode a =
            StandaloneNode.start(options(portal, tokenFile, prefix, "a", env), clock);
        StandaloneNode b =
            StandaloneNode.start(options(portal, tokenFile, prefix, "b", env), clock)) {
      portal.publish(snapshot());
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> a.server().isReady() && b.server().isReady());

      List<HttpResponse<String>> responses = new ArrayList<>();
      for (int i = 0; i < 14; i++) {
        StandaloneNode node = i % 2 == 0 ? a : b;
        responses.add(
            Http.get(
                "http://127.0.0.1:" + node.server().port() + "/q/prod/items", "x-api-key", KEY));
      }

      assertThat(responses.subList(0, 10)).allMatch(r -> r.statusCode() == 200);
      assertThat(responses.subList(10, 14))
          .allMatch(r -> r.statusCode() == 429)
          .allMatch(r -> r.body().equals("{\"message\":\"Limit Exceeded\"}"));
    }
  }

  private NodeOptions options(
      FakePortal portal, Path tokenFile, String prefix, String name, Map<String, String> env) {
    String[] args = {
      "--portal",
      portal.url(),
      "--sync-token-file",
      tokenFile.toString(),
      "--redis",
      "redis://127.0.0.1:6379",
      "--redis-key-prefix",
      prefix,
      "--cache-dir",
      dir.resolve("cache-" + name).toString(),
      "--poll-seconds",
      "1",
      "--host",
      "127.0.0.1",
      "--port",
      "0"
    };
    return NodeOptions.parse(args, env);
  }

  private static GatewaySnapshot snapshot() {
    MethodDefinition items =
        new MethodDefinition("GET", "/items", true, "items", Integration.mock("{\"ok\":true}"));
    Deployment deployment =
        new Deployment(
            "tenant-q",
            "q",
            "prod",
            "d-q",
            new ApiDefinition("Q", "1", List.of(items), "HEADER", Map.of()),
            Map.of(),
            null,
            Map.of());
    UsagePlan plan =
        new UsagePlan(
            "plan-q",
            "tenant-q",
            "Ten a day",
            null,
            new QuotaLimit(10, QuotaPeriod.DAY, 0),
            List.of(new ApiStageRef("q", "prod", null)));
    ApiKeyRecord key =
        new ApiKeyRecord(
            "k-cluster",
            "tenant-q",
            "owner",
            "tpk_cluster",
            Fixtures.HASHER.hash(KEY),
            true,
            null,
            Set.of("plan-q"));
    return new GatewaySnapshot(1, List.of(deployment), List.of(plan), List.of(key), Map.of());
  }
}
