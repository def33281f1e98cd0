package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The cluster shape: a standalone gateway node (the runnable jar) pulls snapshots from the real
 * portal, shares counters in the real Redis, and serves what was deployed there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneGatewayIT {
  private TestEnvironment env;
  private PetsBackend backend;
  private ServerProcess node;
  private final int nodePort = Ports.free();

  @BeforeAll
  void start() throws IOException {
    env = TestEnvironment.get();
    backend = new PetsBackend();
    Path dir = Files.createTempDirectory("turnpike-node");
    Path token = Files.writeString(dir.resolve("sync-token"), Portal.SYNC_TOKEN);
    Path secret = Files.writeString(dir.resolve("key-secret"), Portal.KEY_HASH_SECRET);
    node =
        ServerProcess.start(
            "gateway node",
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("turnpike.it.gateway.jar"),
                "--portal",
                env.portal.url(),
                "--sync-token-file",
                token.toString(),
                "--key-secret-file",
                secret.toString(),
                "--redis",
                "redis://127.0.0.1:6379",
                "--redis-key-prefix",
                "turnpike-it-" + System.nanoTime() + ":",
                "--cache-dir",
                dir.resolve("cache").toString(),
                "--snapshot-channel",
                Portal.SNAPSHOT_CHANNEL,
                // Slow polling: what the node learns within seconds it learns from the notice.
                "--poll-seconds",
                "30",
                "--port",
                Integer.toString(nodePort)),
            Map.of(),
            env.artifacts.resolve("logs/gateway-node.log"));
    node.awaitReady("http://localhost:" + nodePort + "/health/ready", Duration.ofSeconds(60));
  }

  @AfterAll
  void stop() {
    if (node != null) {
      node.close();
    }
    if (backend != null) {
      backend.close();
    }
  }

  @Test
  void a_node_serves_what_the_portal_deployed_and_drops_a_revoked_key_at_once() {
    ManagementApi alice = new ManagementApi(env, "alice");
    Slice slice = Slice.create(alice, backend, "node-" + Long.toString(System.nanoTime(), 36));
    String nodeUrl =
        slice.invokeUrl().replace(env.portal.gatewayUrl(), "http://localhost:" + nodePort);

    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                assertThat(Http.get(nodeUrl + "/pets", "x-api-key", slice.apiKey()).body())
                    .isEqualTo(PetsBackend.PETS));
    assertThat(Http.get(nodeUrl + "/pets").statusCode()).isEqualTo(403);

    long revokedAt = System.nanoTime();
    revokeTheKey(alice, slice);
    await()
        .atMost(Duration.ofSeconds(3))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                assertThat(Http.get(nodeUrl + "/pets", "x-api-key", slice.apiKey()).statusCode())
                    .isEqualTo(403));
    System.out.printf(
        "Revoked key refused by the standalone node after %d ms%n",
        (System.nanoTime() - revokedAt) / 1_000_000);
  }

  private static void revokeTheKey(ManagementApi api, Slice slice) {
    String keysPath = "/tenants/" + slice.tenantId() + "/api-keys";
    String keyId = Http.json(api.get(keysPath)).get(0).get("id").asText();
    assertThat(api.delete(keysPath + "/" + keyId).statusCode()).isEqualTo(200);
  }
}
