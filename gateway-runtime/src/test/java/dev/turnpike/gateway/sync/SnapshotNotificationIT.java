package dev.turnpike.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.turnpike.gateway.config.NodeOptions;
import dev.turnpike.gateway.server.StandaloneNode;
import dev.turnpike.gateway.support.FakePortal;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.LogCapture;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone node started from options with {@code --redis} (the real Redis on 127.0.0.1:6379)
 * and a 30 s poll interval, pulling from a fake portal: a PUBLISH on its snapshot channel (random
 * per test) makes it serve the new snapshot within a second.
 */
class SnapshotNotificationIT {

  private static final String REDIS = "redis://127.0.0.1:6379";

  @TempDir Path dir;
  private final Fixtures fixtures = new Fixtures("http://127.0.0.1:9");
  private final String channel = "turnpike-test:snapshots:" + UUID.randomUUID();
  // The node's connections carry this name, so the test can find its own among other clients.
  private final String clientName = "turnpike-test-" + UUID.randomUUID();
  private FakePortal portal;
  private StandaloneNode node;
  private RedisClient redis;
  private StatefulRedisConnection<String, String> publisher;

  @BeforeEach
  void setUp() throws Exception {
    portal = new FakePortal();
    redis = RedisClient.create(REDIS);
    publisher = redis.connect();
  }

  @AfterEach
  void tearDown() {
    if (node != null) {
      node.close();
    }
    portal.close();
    publisher.close();
    redis.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }

  @Test
  void a_notice_on_the_channel_makes_the_node_serve_the_new_snapshot_within_a_second()
      throws Exception {
    portal.publish(fixtures.snapshot(1, "pong"));
    node = startNode();
    await().atMost(Duration.ofSeconds(10)).until(() -> node.server().snapshotVersion() == 1);
    SnapshotNotices notices = node.notices().orElseThrow();
    await().atMost(Duration.ofSeconds(5)).until(notices::isSubscribed);
    assertThat(notices.channel()).isEqualTo(channel);

    portal.publish(fixtures.snapshot(2, "pong v2"));
    long published = System.nanoTime();
    assertThat(publisher.sync().publish(channel, "2")).isEqualTo(1);

    await()
        .atMost(Duration.ofSeconds(1))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(2))
        .until(() -> node.server().snapshotVersion() == 2);
    long delayMicros = (System.nanoTime() - published) / 1_000;
    System.out.printf(
        "SnapshotNotificationIT: PUBLISH %s 2 -> node serves v2 after %.1f ms (poll interval"
            + " 30 s)%n",
        channel, delayMicros / 1e3);
    assertThat(Http.get(root() + "/petstore/prod/ping").body())
        .isEqualTo("{\"message\":\"pong v2\"}");
    assertThat(notices.notices()).isEqualTo(1);
  }

  @Test
  void after_a_dropped_connection_lettuce_subscribes_again_and_the_node_catches_up()
      throws Exception {
    portal.publish(fixtures.snapshot(1, "pong"));
    node = startNode();
    await().atMost(Duration.ofSeconds(10)).until(() -> node.server().snapshotVersion() == 1);
    SnapshotNotices notices = node.notices().orElseThrow();
    await().atMost(Duration.ofSeconds(5)).until(notices::isSubscribed);

    // Drop the node's subscription connection (only it: by client id), then change the snapshot
    // while it is away: the notice is lost, the catch-up poll after re-subscribing finds v2.
    String id =
        publisher
            .sync()
            .clientList()
            .lines()
            .filter(l -> l.contains("name=" + clientName + " "))
            .filter(l -> l.contains(" sub=1 "))
            .map(l -> l.replaceAll("^id=(\\d+) .*$", "$1"))
            .findFirst()
            .orElseThrow();
    portal.publish(fixtures.snapshot(2, "pong v2"));
    publisher.sync().clientKill(io.lettuce.core.KillArgs.Builder.id(Long.parseLong(id)));

    await().atMost(Duration.ofSeconds(10)).until(() -> notices.subscriptions() >= 2);
    await().atMost(Duration.ofSeconds(2)).until(() -> node.server().snapshotVersion() == 2);

    portal.publish(fixtures.snapshot(3, "pong v3"));
    assertThat(publisher.sync().publish(channel, "3")).isEqualTo(1);
    await().atMost(Duration.ofSeconds(1)).until(() -> node.server().snapshotVersion() == 3);
  }

  @Test
  void an_unreachable_redis_is_logged_once_and_retried() throws Exception {
    try (LogCapture logs = new LogCapture("dev.turnpike.gateway.sync");
        SnapshotNotices notices =
            SnapshotNotices.subscribe(
                "redis://127.0.0.1:1", channel, () -> {}, Duration.ofMillis(100))) {
      Thread.sleep(1_000);
      assertThat(notices.isSubscribed()).isFalse();
      assertThat(logs.messages(Level.WARNING))
          .singleElement()
          .asString()
          .contains("Snapshot notices: cannot connect to Redis at 127.0.0.1:1")
          .contains("next poll");
    }
  }

  @Test
  void without_redis_there_are_no_notices_and_polling_goes_on() throws Exception {
    portal.publish(fixtures.snapshot(1, "pong"));
    node = StandaloneNode.start(options(false));
    await().atMost(Duration.ofSeconds(10)).until(() -> node.server().snapshotVersion() == 1);
    assertThat(node.notices()).isEmpty();
  }

  private StandaloneNode startNode() throws Exception {
    return StandaloneNode.start(options(true));
  }

  private String root() {
    return "http://127.0.0.1:" + node.server().port();
  }

  private NodeOptions options(boolean withRedis) throws Exception {
    Path tokenFile = Files.writeString(dir.resolve("token"), FakePortal.TOKEN + "\n");
    Map<String, String> env =
        Map.of("TURNPIKE_KEY_HASH_SECRET", new String(Fixtures.SECRET, StandardCharsets.UTF_8));
    String[] common = {
      "--portal",
      portal.url(),
      "--sync-token-file",
      tokenFile.toString(),
      "--cache-dir",
      dir.resolve("cache").toString(),
      "--poll-seconds",
      "30",
      "--host",
      "127.0.0.1",
      "--port",
      "0"
    };
    if (!withRedis) {
      return NodeOptions.parse(common, env);
    }
    String[] redisArgs = {
      "--redis",
      REDIS + "?clientName=" + clientName,
      "--redis-key-prefix",
      "turnpike-test-" + UUID.randomUUID() + ":",
      "--snapshot-channel",
      channel
    };
    String[] args = new String[common.length + redisArgs.length];
    System.arraycopy(common, 0, args, 0, common.length);
    System.arraycopy(redisArgs, 0, args, common.length, redisArgs.length);
    return NodeOptions.parse(args, env);
  }
}
