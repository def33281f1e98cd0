package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.config.NodeOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayMainTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  @TempDir Path dir;

  private int runWithEnv(Map<String, String> env, String... args) {
    return GatewayMain.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String lastErrorLine() {
    String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
    return lines[lines.length - 1];
  }

  private int run(String... args) {
    return GatewayMain.run(
        args,
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void bad_arguments_print_one_line_and_exit_2() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("--api")).isEqualTo(2);
    assertThat(run("--api", "x.yaml", "--bogus", "1")).isEqualTo(2);
    assertThat(run("--api", "x.yaml", "--port", "99999")).isEqualTo(2);
    assertThat(run("--api", "/no/such/file.yaml")).isEqualTo(2);
    String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).startsWith("gateway: --api is required");
    assertThat(lines[4]).contains("cannot read --api file '/no/such/file.yaml'");
  }

  @Test
  void help_lists_every_option_with_its_environment_variable() {
    assertThat(runWithEnv(Map.of(), "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--portal URL", "TURNPIKE_SYNC_PORTAL_URL", "TURNPIKE_SYNC_TOKEN")
        .contains("TURNPIKE_KEY_HASH_SECRET", "TURNPIKE_REDIS_URI", "TURNPIKE_CACHE_DIR")
        .contains("TURNPIKE_POLL_SECONDS", "TURNPIKE_GATEWAY_PORT", "TURNPIKE_GATEWAY_HOST")
        .contains("./.turnpike/gateway-cache")
        .contains("--node-count N", "TURNPIKE_NODE_COUNT", "TURNPIKE_REDIS_FAILURE_MODE")
        .contains("--no-leasing ", "TURNPIKE_USAGE_FLUSH_SECONDS")
        .contains("--snapshot file.json", "TURNPIKE_SNAPSHOT", "--key-secret-file");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void redis_failover_options_parse_and_are_checked() {
    Map<String, String> env =
        Map.of("TURNPIKE_NODE_COUNT", "3", "TURNPIKE_REDIS_FAILURE_MODE", "fail-closed");
    NodeOptions options =
        NodeOptions.parse(new String[] {"--api", "a.yaml", "--no-leasing", "--port", "0"}, env);
    assertThat(options.noLeasing()).isTrue();
    assertThat(options.nodeCount()).isEqualTo(3);
    assertThat(options.redisFailsClosed()).isTrue();
    assertThat(options.port()).isZero();

    NodeOptions defaults = NodeOptions.parse(new String[] {"--api", "a.yaml"}, Map.of());
    assertThat(defaults.noLeasing()).isFalse();
    assertThat(defaults.nodeCount()).isEqualTo(1);
    assertThat(defaults.redisFailsClosed()).isFalse();

    assertThat(runWithEnv(Map.of(), "--api", "a.yaml", "--redis-failure-mode", "maybe"))
        .isEqualTo(2);
    assertThat(lastErrorLine()).contains("must be fail-open or fail-closed");
    assertThat(runWithEnv(Map.of(), "--api", "a.yaml", "--node-count", "0")).isEqualTo(2);
    assertThat(lastErrorLine()).contains("--node-count (TURNPIKE_NODE_COUNT) must be 1..1000");
  }

  @Test
  void portal_options_are_checked_before_anything_starts() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "t0ken\n");
    Map<String, String> secret = Map.of("TURNPIKE_KEY_HASH_SECRET", "0123456789abcdef0123");
    String portal = "http://127.0.0.1:9";

    assertThat(runWithEnv(Map.of(), "--api", "a.yaml", "--portal", portal)).isEqualTo(2);
    assertThat(lastErrorLine()).contains("--api and --portal are mutually exclusive");

    assertThat(runWithEnv(Map.of("TURNPIKE_SYNC_PORTAL_URL", portal), "--api", "a.yaml"))
        .as("the --api flag beats a portal URL from the environment")
        .isEqualTo(2);
    assertThat(lastErrorLine()).isEqualTo("gateway: cannot read --api file 'a.yaml'");

    assertThat(runWithEnv(Map.of("TURNPIKE_SYNC_PORTAL_URL", portal, "TURNPIKE_API", "a.yaml")))
        .isEqualTo(2);
    assertThat(lastErrorLine()).contains("mutually exclusive");

    assertThat(runWithEnv(secret, "--portal", portal)).isEqualTo(2);
    assertThat(lastErrorLine())
        .isEqualTo(
            "gateway: --portal needs a sync token: pass --sync-token-file F or set"
                + " TURNPIKE_SYNC_TOKEN to the portal's turnpike.gateway.sync-token");

    assertThat(runWithEnv(Map.of(), "--portal", portal, "--sync-token-file", token.toString()))
        .isEqualTo(2);
    assertThat(lastErrorLine()).contains("--key-secret-file F or set TURNPIKE_KEY_HASH_SECRET");

    assertThat(runWithEnv(secret, "--portal", portal, "--sync-token-file", "/no/such/token"))
        .isEqualTo(2);
    assertThat(lastErrorLine()).contains("cannot read --sync-token-file '/no/such/token'");

    assertThat(runWithEnv(secret, "--portal", "ftp://x", "--sync-token-file", token.toString()))
        .isEqualTo(2);
    assertThat(lastErrorLine())
        .contains("--portal (TURNPIKE_SYNC_PORTAL_URL) 'ftp://x'", "http://");

    assertThat(runWithEnv(Map.of("TURNPIKE_POLL_SECONDS", "0"), "--portal", portal)).isEqualTo(2);
    assertThat(lastErrorLine())
        .contains("--poll-seconds (TURNPIKE_POLL_SECONDS) must be 1..3600, got '0'");
  }

  @Test
  void a_bad_snapshot_file_is_refused_with_the_reason_before_anything_serves() throws Exception {
    Path notJson =
        Files.writeString(dir.resolve("bad.json"), "{\"version\": 1,\n  \"deployments\": nope}");
    Path wrongType = Files.writeString(dir.resolve("type.json"), "{\"version\": \"new\"}");
    Path empty = Files.writeString(dir.resolve("empty.json"), "{\"version\": 1}");
    Path keys =
        Files.writeString(
            dir.resolve("keys.json"),
            "{\"version\":1,\"deployments\":[{\"tenantId\":\"t\",\"apiId\":\"a\","
                + "\"stage\":\"prod\",\"deploymentId\":\"d\",\"api\":{\"name\":\"A\","
                + "\"methods\":[]}}],\"keys\":[{\"keyId\":\"k\",\"tenantId\":\"t\","
                + "\"hash\":\"00\",\"enabled\":true}]}");

    assertThat(run("--snapshot", "/no/such/snapshot.json")).isEqualTo(2);
    assertThat(lastErrorLine())
        .isEqualTo("gateway: cannot read --snapshot file '/no/such/snapshot.json'");
    assertThat(run("--snapshot", notJson.toString(), "--port", "0")).isEqualTo(2);
    assertThat(lastErrorLine())
        .startsWith("gateway: --snapshot file '" + notJson + "' is not a usable snapshot:")
        .contains("not valid JSON at line 2");
    assertThat(run("--snapshot", wrongType.toString(), "--port", "0")).isEqualTo(2);
    assertThat(lastErrorLine()).contains("rejected at /version");
    assertThat(run("--snapshot", empty.toString(), "--port", "0")).isEqualTo(2);
    assertThat(lastErrorLine()).endsWith("has no deployments: nothing to serve");
    assertThat(run("--snapshot", keys.toString(), "--port", "0")).isEqualTo(2);
    assertThat(lastErrorLine())
        .contains(
            "has 1 API key(s) but no secret", "--key-secret-file F", "TURNPIKE_KEY_HASH_SECRET");
    assertThat(run("--snapshot", keys.toString(), "--api", "a.yaml")).isEqualTo(2);
    assertThat(lastErrorLine()).contains("--api and --snapshot are mutually exclusive");
  }

  @Test
  void an_unreachable_redis_is_a_bad_option() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "t0ken");
    Map<String, String> env =
        Map.of(
            "TURNPIKE_KEY_HASH_SECRET", "0123456789abcdef0123",
            "TURNPIKE_SYNC_TOKEN", "t0ken",
            "TURNPIKE_REDIS_URI", "redis://127.0.0.1:1");
    assertThat(runWithEnv(env, "--portal", "http://127.0.0.1:9", "--port", "0")).isEqualTo(2);
    assertThat(lastErrorLine())
        .startsWith("gateway: --redis (TURNPIKE_REDIS_URI): ")
        .contains("drop --redis for in-memory counters");
    assertThat(token).exists();
  }
}
