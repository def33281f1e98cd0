package dev.turnpike.gateway.server;

import dev.turnpike.gateway.config.NodeOptions;
import java.io.PrintStream;
import java.util.Map;

/**
 * The standalone gateway's entry point ({@code java -jar gateway-runtime-*-standalone.jar}). Two
 * modes:
 *
 * <ul>
 *   <li>DB-less: {@code --api file.yaml [--api-id demo] [--stage prod]} serves one OpenAPI file
 *       with no API keys (methods that require one answer 403).
 *   <li>Snapshot file: {@code --snapshot file.json --key-secret-file F} serves a whole snapshot in
 *       the portal's format (deployments, usage plans, API keys hashed with the secret in F) with
 *       in-memory counters (or {@code --redis}), no portal.
 *   <li>Cluster node: {@code --portal URL --sync-token-file F --key-secret-file F [--redis URI]}
 *       pulls snapshots from the portal every {@code --poll-seconds} (default 2), caches the last
 *       good one in {@code --cache-dir}, shares counters through Redis ({@code --node-count N
 *       --redis-failure-mode fail-open|fail-closed [--no-leasing]}) and flushes usage to the portal
 *       every {@code --usage-flush-seconds} (default 5).
 * </ul>
 *
 * <p>Every option can also come from an environment variable (a flag wins), listed by {@code
 * --help}: TURNPIKE_API, TURNPIKE_SNAPSHOT, TURNPIKE_API_ID, TURNPIKE_STAGE,
 * TURNPIKE_SYNC_PORTAL_URL, TURNPIKE_SYNC_TOKEN_FILE or TURNPIKE_SYNC_TOKEN (the token itself),
 * TURNPIKE_KEY_SECRET_FILE or TURNPIKE_KEY_HASH_SECRET (the secret itself), TURNPIKE_REDIS_URI,
 * TURNPIKE_REDIS_KEY_PREFIX, TURNPIKE_NODE_COUNT, TURNPIKE_REDIS_FAILURE_MODE,
 * TURNPIKE_REDIS_TIMEOUT_MS, TURNPIKE_REDIS_NO_LEASING, TURNPIKE_USAGE_FLUSH_SECONDS,
 * TURNPIKE_CACHE_DIR, TURNPIKE_POLL_SECONDS, TURNPIKE_GATEWAY_PORT, TURNPIKE_GATEWAY_HOST. Bad or
 * missing values: one line on stderr naming the option and the fix, exit code 2.
 */
public final class GatewayMain {

  static final int BAD_USAGE = 2;

  private GatewayMain() {}

  public static void main(String[] args) {
    // Access-log lines are written off the event loops, in blocks (see AsyncLogHandler).
    AsyncLogHandler accessLog = AsyncLogHandler.install(AccessLog.LOG, System.err);
    int code = run(args, System.getenv(), System.out, System.err);
    if (code != 0) {
      accessLog.close();
      System.exit(code);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(accessLog::flush, "access-log-flush"));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.getenv(), out, err);
  }

  /**
   * Starts the node and returns 0 (it keeps running until the JVM stops), prints the usage and
   * returns 0 for {@code --help}, or prints one line and returns 2.
   */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    StandaloneNode node;
    try {
      NodeOptions options = NodeOptions.parse(args, env);
      if (options.help()) {
        out.print(NodeOptions.usage());
        return 0;
      }
      node = StandaloneNode.start(options);
    } catch (IllegalArgumentException e) {
      err.println("gateway: " + e.getMessage());
      return BAD_USAGE;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(node::close, "gateway-shutdown"));
    out.println(node.description());
    return 0;
  }
}
