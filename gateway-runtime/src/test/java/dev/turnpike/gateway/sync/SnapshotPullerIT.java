package dev.turnpike.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.turnpike.gateway.server.GatewayConfig;
import dev.turnpike.gateway.server.GatewayServer;
import dev.turnpike.gateway.support.FakePortal;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.LogCapture;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real gateway node pulling from a fake portal over real HTTP. */
class SnapshotPullerIT {

  private static final Duration POLL = Duration.ofMillis(150);

  @TempDir Path cacheDir;
  private final Fixtures fixtures = new Fixtures("http://127.0.0.1:9");
  private final List<AutoCloseable> open = new ArrayList<>();
  private FakePortal portal;
  private LogCapture logs;

  @BeforeEach
  void setUp() throws Exception {
    portal = new FakePortal();
    logs = new LogCapture("dev.turnpike.gateway");
    open.add(portal);
    open.add(logs);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  @Test
  void applies_the_portal_snapshot_and_reports_it_on_health() {
    portal.publish(fixtures.snapshot(1, "pong"));
    Node node = node(portal.url(), FakePortal.TOKEN);

    await().atMost(Duration.ofSeconds(5)).until(() -> node.ping().statusCode() == 200);
    assertThat(node.ping().body()).isEqualTo("{\"message\":\"pong\"}");
    HttpResponse<String> ready = Http.get(node.root() + "/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).startsWith("{\"status\":\"UP\",\"snapshotVersion\":1,\"lastSync\":\"");
    JsonObject health = new JsonObject(ready.body());
    assertThat(health.getInteger("consecutiveFailures")).isZero();
    assertThat(health.getString("source")).isEqualTo("portal");
    assertThat(node.puller.status().lastSync()).isNotNull();
    assertThat(cacheDir.resolve("snapshot.json")).exists();
  }

  @Test
  void a_newer_snapshot_swaps_in_within_a_few_polls() {
    portal.publish(fixtures.snapshot(1, "pong"));
    Node node = node(portal.url(), FakePortal.TOKEN);
    await().atMost(Duration.ofSeconds(5)).until(() -> node.ping().statusCode() == 200);

    portal.publish(fixtures.snapshot(2, "pong v2"));

    await()
        .atMost(POLL.multipliedBy(10))
        .until(() -> node.ping().body().equals("{\"message\":\"pong v2\"}"));
    assertThat(node.server.snapshotVersion()).isEqualTo(2);
  }

  @Test
  void not_modified_does_not_reapply() throws Exception {
    portal.publish(fixtures.snapshot(1, "pong"));
    Node node = node(portal.url(), FakePortal.TOKEN);
    await().atMost(Duration.ofSeconds(5)).until(() -> portal.notModified.get() >= 3);

    assertThat(portal.served.get()).isEqualTo(1);
    assertThat(portal.ifNoneMatch.get(0)).isEqualTo("null");
    assertThat(portal.ifNoneMatch.get(portal.ifNoneMatch.size() - 1)).isEqualTo("\"1\"");
    assertThat(logs.messages(Level.INFO))
        .filteredOn(m -> m.startsWith("Applied snapshot"))
        .hasSize(1);
    assertThat(node.puller.status().consecutiveFailures()).isZero();
  }

  @Test
  void a_broken_or_older_snapshot_is_rejected_and_the_old_one_still_serves() {
    portal.publish(fixtures.snapshot(2, "pong"));
    Node node = node(portal.url(), FakePortal.TOKEN);
    await().atMost(Duration.ofSeconds(5)).until(() -> node.ping().statusCode() == 200);

    portal.publishRaw("{\"version\":3,\"deployments\":[{\"apiId\":", 3);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> node.puller.status().consecutiveFailures() >= 3);

    assertThat(node.ping().body()).isEqualTo("{\"message\":\"pong\"}");
    assertThat(logs.messages(Level.SEVERE))
        .singleElement()
        .asString()
        .contains("Rejected the snapshot from " + portal.url())
        .contains("ETag \"3\"")
        .contains("still serving snapshot 2");
    JsonObject health = new JsonObject(Http.get(node.root() + "/health/ready").body());
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.containsKey("lastError")).isFalse();
    assertThat(node.puller.status().lastError()).contains("Rejected the snapshot");

    portal.publish(fixtures.snapshot(1, "old"));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> logs.messages(Level.SEVERE).stream().anyMatch(m -> m.contains("older")));
    assertThat(node.server.snapshotVersion()).isEqualTo(2);
    assertThat(node.ping().body()).isEqualTo("{\"message\":\"pong\"}");
  }

  @Test
  void portal_down_at_start_serves_the_cached_snapshot() {
    portal.publish(fixtures.snapshot(7, "cached pong"));
    Node first = node(portal.url(), FakePortal.TOKEN);
    await().atMost(Duration.ofSeconds(5)).until(() -> first.server.snapshotVersion() == 7);
    await().until(() -> Files.exists(cacheDir.resolve("snapshot.json")));
    first.close();
    portal.close();

    Node second = node(portal.url(), FakePortal.TOKEN);

    await().atMost(Duration.ofSeconds(5)).until(() -> second.ping().statusCode() == 200);
    assertThat(second.ping().body()).isEqualTo("{\"message\":\"cached pong\"}");
    JsonObject health = new JsonObject(Http.get(second.root() + "/health/ready").body());
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getString("source")).isEqualTo("cache");
    assertThat(health.getLong("snapshotVersion")).isEqualTo(7);
    assertThat(logs.messages(Level.WARNING))
        .anyMatch(m -> m.contains("serving cached snapshot 7"))
        .anyMatch(m -> m.startsWith("Cannot reach the portal at " + portal.url()));
  }

  @Test
  void wrong_token_leaves_the_node_not_ready_and_says_why() {
    portal.publish(fixtures.snapshot(1, "pong"));
    Node node = node(portal.url(), "wrong-token");

    await().atMost(Duration.ofSeconds(5)).until(() -> portal.unauthorized.get() >= 3);

    HttpResponse<String> ready = Http.get(node.root() + "/health/ready");
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(new JsonObject(ready.body()).getString("status")).isEqualTo("DOWN");
    assertThat(logs.messages(Level.SEVERE))
        .singleElement()
        .asString()
        .contains("refused the sync token (HTTP 401)")
        .contains("--sync-token-file")
        .contains("no snapshot");
    assertThat(logs.messages(Level.SEVERE).get(0)).doesNotContain("wrong-token");
  }

  @Test
  void an_outage_is_logged_once_and_the_recovery_too() {
    portal.publish(fixtures.snapshot(1, "pong"));
    Node node = node(portal.url(), FakePortal.TOKEN);
    await().atMost(Duration.ofSeconds(5)).until(() -> node.ping().statusCode() == 200);

    portal.failWith(503);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> node.puller.status().consecutiveFailures() >= 4);
    assertThat(logs.messages(Level.WARNING)).filteredOn(m -> m.contains("HTTP 503")).hasSize(1);
    assertThat(node.ping().statusCode()).isEqualTo(200);

    portal.failWith(0);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> node.puller.status().consecutiveFailures() == 0);
    assertThat(logs.messages(Level.INFO))
        .anyMatch(m -> m.startsWith("Snapshot sync recovered after"));
  }

  private Node node(String portalUrl, String token) {
    GatewayServer server =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .build());
    SyncSettings settings =
        new SyncSettings(SyncSettings.snapshotUri(portalUrl), token, POLL, cacheDir);
    SnapshotPuller puller = new SnapshotPuller(server, settings);
    Node node = new Node(server, puller);
    open.add(node);
    puller.start();
    return node;
  }

  private record Node(GatewayServer server, SnapshotPuller puller) implements AutoCloseable {
    String root() {
      return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> ping() {
      return Http.get(root() + "/petstore/prod/ping");
    }

    @Override
    public void close() {
      puller.close();
      server.close();
    }
  }
}
