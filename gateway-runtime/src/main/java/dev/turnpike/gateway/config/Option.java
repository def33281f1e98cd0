package dev.turnpike.gateway.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every option of the standalone gateway: its flag, the environment variables it can come from
 * (first wins; the flag beats them all), its default and what it does. The usage text is made from
 * this list, so it cannot drift from the parser.
 */
public enum Option {
  API(
      "--api",
      "file.yaml",
      null,
      "serve this OpenAPI file alone, no portal and no API keys (DB-less)",
      "TURNPIKE_API"),
  SNAPSHOT(
      "--snapshot",
      "file.json",
      null,
      "serve this snapshot file alone, no portal: deployments, usage plans and API keys hashed"
          + " with --key-secret-file (the portal's /internal/v1/gateway-snapshot format)",
      "TURNPIKE_SNAPSHOT"),
  API_ID("--api-id", "id", "demo", "API id for --api: /{api-id}/{stage}/...", "TURNPIKE_API_ID"),
  STAGE("--stage", "name", "prod", "stage name for --api", "TURNPIKE_STAGE"),
  PORTAL(
      "--portal",
      "URL",
      null,
      "pull snapshots from this portal base URL (not with --api)",
      "TURNPIKE_SYNC_PORTAL_URL"),
  SYNC_TOKEN_FILE(
      "--sync-token-file",
      "F",
      null,
      "file holding the portal's turnpike.gateway.sync-token; or set TURNPIKE_SYNC_TOKEN",
      "TURNPIKE_SYNC_TOKEN_FILE"),
  KEY_SECRET_FILE(
      "--key-secret-file",
      "F",
      null,
      "file holding the API key hash secret (the portal's turnpike.keys.hash-secret; the one a"
          + " --snapshot file's key hashes were made with); or set TURNPIKE_KEY_HASH_SECRET",
      "TURNPIKE_KEY_SECRET_FILE"),
  REDIS(
      "--redis",
      "URI",
      null,
      "share throttles and quotas through Redis, e.g. redis://redis:6379 (default: in-memory)",
      "TURNPIKE_REDIS_URI"),
  REDIS_FAILURE_MODE(
      "--redis-failure-mode",
      "M",
      "fail-open",
      "when Redis is away: fail-open (decide on this node at 1/node-count of each limit) or"
          + " fail-closed (answer 503)",
      "TURNPIKE_REDIS_FAILURE_MODE"),
  NODE_COUNT(
      "--node-count",
      "N",
      "1",
      "gateway nodes sharing the limits, 1..1000 (each takes 1/N of a limit while Redis is away)",
      "TURNPIKE_NODE_COUNT"),
  REDIS_TIMEOUT_MS(
      "--redis-timeout-ms",
      "N",
      "100",
      "a Redis call slower than this counts as Redis being away, 1..60000",
      "TURNPIKE_REDIS_TIMEOUT_MS"),
  NO_LEASING(
      "--no-leasing",
      null,
      "false",
      "plain Redis calls for throttles instead of leasing token batches (true/false from env)",
      "TURNPIKE_REDIS_NO_LEASING"),
  REDIS_KEY_PREFIX(
      "--redis-key-prefix",
      "P",
      "turnpike:",
      "prefix of every Redis key (same on all nodes of a cluster)",
      "TURNPIKE_REDIS_KEY_PREFIX"),
  SNAPSHOT_CHANNEL(
      "--snapshot-channel",
      "C",
      "turnpike:snapshots",
      "Redis pub/sub channel the portal announces new snapshots on; with --portal and --redis a"
          + " notice triggers an immediate poll (the same as the portal's"
          + " turnpike.gateway.snapshot-channel)",
      "TURNPIKE_SNAPSHOT_CHANNEL"),
  CACHE_DIR(
      "--cache-dir",
      "D",
      "./.turnpike/gateway-cache",
      "where the last good snapshot is kept",
      "TURNPIKE_CACHE_DIR"),
  POLL_SECONDS(
      "--poll-seconds",
      "N",
      "2",
      "seconds between snapshot polls, 1..3600",
      "TURNPIKE_POLL_SECONDS"),
  USAGE_FLUSH_SECONDS(
      "--usage-flush-seconds",
      "N",
      "5",
      "seconds between usage flushes to the portal, 1..3600",
      "TURNPIKE_USAGE_FLUSH_SECONDS"),
  PORT("--port", "N", "8081", "port to serve clients on, 0..65535", "TURNPIKE_GATEWAY_PORT"),
  HOST("--host", "H", "0.0.0.0", "address to listen on", "TURNPIKE_GATEWAY_HOST"),
  PORTAL_ORIGIN(
      "--portal-origin",
      "URLs",
      null,
      "comma-separated developer portal URLs whose pages get CORS from every API (the try-it"
          + " console), e.g. https://developers.example.com",
      "TURNPIKE_GATEWAY_PORTAL_ORIGINS"),
  ACCESS_LOG_FORMAT(
      "--access-log-format",
      "text",
      null,
      "access-log line with $context.* variables as in Amazon API Gateway (e.g. JSON);"
          + " default: key=value pairs",
      "TURNPIKE_ACCESS_LOG_FORMAT");

  private final String flag;
  private final String argName;
  private final String defaultValue;
  private final String help;
  private final List<String> envNames;

  Option(String flag, String argName, String defaultValue, String help, String... envNames) {
    this.flag = flag;
    this.argName = argName;
    this.defaultValue = defaultValue;
    this.help = help;
    this.envNames = List.of(envNames);
  }

  public String flag() {
    return flag;
  }

  public String defaultValue() {
    return defaultValue;
  }

  /** True for a switch that takes no value on the command line (e.g. {@code --no-leasing}). */
  public boolean isSwitch() {
    return argName == null;
  }

  public List<String> envNames() {
    return envNames;
  }

  /** "--port (TURNPIKE_GATEWAY_PORT)", for messages. */
  public String label() {
    return flag + " (" + String.join(" or ", envNames) + ")";
  }

  static Optional<Option> byFlag(String flag) {
    return Arrays.stream(values()).filter(o -> o.flag.equals(flag)).findFirst();
  }

  /** One usage line: flag, argument, environment variables, default, help. */
  String usageLine() {
    String left = "  " + flag + (argName == null ? "" : " " + argName);
    String env = String.join(", ", envNames);
    String dflt = defaultValue == null ? "" : " [default " + defaultValue + "]";
    return String.format("%-26s %s%s%n%-26s   env %s", left, help, dflt, "", env);
  }
}
