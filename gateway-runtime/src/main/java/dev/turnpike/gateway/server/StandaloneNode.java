package dev.turnpike.gateway.server;

import dev.turnpike.gateway.config.NodeOptions;
import dev.turnpike.gateway.config.Option;
import dev.turnpike.gateway.config.Secrets;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.sync.SnapshotPuller;
import dev.turnpike.gateway.sync.SyncSettings;
import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.InMemoryCounterStore;
import dev.turnpike.usageplans.redis.RedisCounterStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A gateway node run from the command line: either serving one OpenAPI file ({@code --api}) or
 * pulling snapshots from a portal ({@code --portal}), with in-memory or Redis counters. Every
 * setting is checked before anything starts; a bad one throws IllegalArgumentException naming the
 * option and the fix. {@link #close} stops the puller, the server and the counter store.
 */
public final class StandaloneNode implements AutoCloseable {

  private final GatewayServer server;
  private final CounterStore counters;
  private final SnapshotPuller puller;
  private final String description;

  private StandaloneNode(
      GatewayServer server, CounterStore counters, SnapshotPuller puller, String description) {
    this.server = server;
    this.counters = counters;
    this.puller = puller;
    this.description = description;
  }

  /** Starts a node; in portal mode it returns before the first snapshot arrives. */
  public static StandaloneNode start(NodeOptions options) {
    return start(options, Clock.systemUTC());
  }

  static StandaloneNode start(NodeOptions options, Clock clock) {
    byte[] secret = Secrets.keyHashSecret(options);
    GatewaySnapshot local = options.portalMode() ? null : LocalApiSnapshot.read(options);
    SyncSettings sync = options.portalMode() ? syncSettings(options) : null;
    CounterStore counters = counterStore(options);
    GatewayServer server = listen(options, secret, counters, clock);
    if (local != null) {
      server.apply(local);
      Deployment d = local.deployments().get(0);
      String url = "http://localhost:" + server.port() + "/" + d.apiId() + "/" + d.stage();
      return new StandaloneNode(server, counters, null, "Serving at " + url);
    }
    SnapshotPuller puller = new SnapshotPuller(server, sync, clock);
    puller.start();
    String text =
        "Gateway on port " + server.port() + ", pulling snapshots from " + sync.snapshotUri();
    return new StandaloneNode(server, counters, puller, text);
  }

  public GatewayServer server() {
    return server;
  }

  /** The snapshot puller in portal mode. */
  public Optional<SnapshotPuller> puller() {
    return Optional.ofNullable(puller);
  }

  /** One line for the console: where it serves and where it gets snapshots. */
  public String description() {
    return description;
  }

  @Override
  public void close() {
    if (puller != null) {
      puller.close();
    }
    server.close();
    counters.close();
  }

  private static SyncSettings syncSettings(NodeOptions options) {
    String portal = options.value(Option.PORTAL);
    try {
      return new SyncSettings(
          SyncSettings.snapshotUri(portal),
          Secrets.syncToken(options),
          options.pollInterval(),
          Path.of(options.value(Option.CACHE_DIR)));
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith("--")) {
        throw e;
      }
      throw new IllegalArgumentException(
          Option.PORTAL.label() + " '" + portal + "' is not usable: " + e.getMessage(), e);
    }
  }

  private static CounterStore counterStore(NodeOptions options) {
    Optional<String> redis = options.get(Option.REDIS);
    if (redis.isEmpty()) {
      return new InMemoryCounterStore();
    }
    try {
      return RedisCounterStore.connect(redis.get(), options.value(Option.REDIS_KEY_PREFIX));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          Option.REDIS.label()
              + ": "
              + e.getMessage()
              + "; fix the URI (redis://host:6379) or drop --redis for in-memory counters",
          e);
    }
  }

  private static GatewayServer listen(
      NodeOptions options, byte[] secret, CounterStore counters, Clock clock) {
    GatewayConfig config =
        GatewayConfig.builder()
            .host(options.value(Option.HOST))
            .port(options.port())
            .keyHashSecret(secret)
            .counterStore(counters)
            .clock(clock)
            .build();
    try {
      return GatewayServer.startBlocking(config);
    } catch (IllegalStateException e) {
      counters.close();
      throw new IllegalArgumentException(
          e.getMessage() + "; choose another --port / --host (TURNPIKE_GATEWAY_PORT/_HOST)", e);
    }
  }
}
