package dev.turnpike.gateway.server;

import dev.turnpike.gateway.config.NodeOptions;
import dev.turnpike.gateway.config.Option;
import dev.turnpike.gateway.config.Secrets;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.SnapshotFormatException;
import dev.turnpike.gateway.metering.PortalTrafficSink;
import dev.turnpike.gateway.metering.PortalUsageSink;
import dev.turnpike.gateway.metering.TrafficSink;
import dev.turnpike.gateway.metering.UsageSink;
import dev.turnpike.gateway.sync.SnapshotNotices;
import dev.turnpike.gateway.sync.SnapshotPuller;
import dev.turnpike.gateway.sync.SyncSettings;
import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.InMemoryCounterStore;
import dev.turnpike.usageplans.redis.FailoverCounterStore;
import dev.turnpike.usageplans.redis.LeasingCounterStore;
import dev.turnpike.usageplans.redis.RedisCounterStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A gateway node run from the command line: serving one OpenAPI file ({@code --api}, no keys), one
 * snapshot file ({@code --snapshot}: deployments, plans and hashed keys) or pulling snapshots from
 * a portal ({@code --portal}), with in-memory or Redis counters. Every setting is checked before
 * anything starts; a bad one throws IllegalArgumentException naming the option and the fix. {@link
 * #close} stops the change notices, the puller, the server (which flushes usage once more) and the
 * counter store.
 *
 * <p>With {@code --redis} the counters are {@link RedisCounterStore} (commands time out after
 * {@code --redis-timeout-ms} and fail at once while disconnected), wrapped in a {@link
 * LeasingCounterStore} (unless {@code --no-leasing}) and a {@link FailoverCounterStore} that
 * decides locally at {@code 1/--node-count} of each limit ({@code fail-open}, the default) or
 * refuses with 503 ({@code fail-closed}) while Redis is away; {@code /health/ready} shows which.
 *
 * <p>In portal mode with {@code --redis} the node also listens for change notices on the Redis
 * channel {@code --snapshot-channel} (default {@code turnpike:snapshots}; payload: the new snapshot
 * version) through {@link SnapshotNotices}, and polls at once on each, so changes reach every node
 * within a second; polling every {@code --poll-seconds} stays the fallback.
 *
 * <p>In portal mode usage is flushed every {@code --usage-flush-seconds} to the portal by a {@link
 * PortalUsageSink} ({@code POST /internal/v1/usage}, bearer sync token), and traffic statistics for
 * analytics beside it ({@code /internal/v1/traffic}).
 */
public final class StandaloneNode implements AutoCloseable {

  /** How often a node whose Redis is away tries it again. */
  static final Duration PROBE_INTERVAL = Duration.ofMillis(500);

  private final GatewayServer server;
  private final CounterStore counters;
  private final SnapshotPuller puller;
  private final SnapshotNotices notices;
  private final String description;

  private StandaloneNode(
      GatewayServer server,
      CounterStore counters,
      SnapshotPuller puller,
      SnapshotNotices notices,
      String description) {
    this.server = server;
    this.counters = counters;
    this.puller = puller;
    this.notices = notices;
    this.description = description;
  }

  /** Starts a node; in portal mode it returns before the first snapshot arrives. */
  public static StandaloneNode start(NodeOptions options) {
    return start(options, Clock.systemUTC());
  }

  static StandaloneNode start(NodeOptions options, Clock clock) {
    byte[] secret = Secrets.keyHashSecret(options);
    GatewaySnapshot local =
        options.portalMode()
            ? null
            : options.snapshotMode()
                ? LocalSnapshotFile.read(options)
                : LocalApiSnapshot.read(options);
    SyncSettings sync = options.portalMode() ? syncSettings(options) : null;
    CounterStore counters = counterStore(options);
    PortalUsageSink usage =
        sync == null
            ? null
            : new PortalUsageSink(
                PortalUsageSink.usageUri(options.value(Option.PORTAL), SyncSettings.SNAPSHOT_PATH),
                sync.token());
    TrafficSink traffic =
        usage == null ? null : new PortalTrafficSink(usage.usageUri(), sync.token());
    GatewayServer server = listen(options, secret, counters, usage, traffic, clock);
    if (local != null) {
      applyLocal(options, server, counters, local);
      String urls =
          local.deployments().stream()
              .map(d -> "http://localhost:" + server.port() + "/" + d.apiId() + "/" + d.stage())
              .collect(Collectors.joining(", "));
      return new StandaloneNode(server, counters, null, null, "Serving at " + urls);
    }
    SnapshotPuller puller = new SnapshotPuller(server, sync, clock);
    puller.start();
    String text =
        "Gateway on port " + server.port() + ", pulling snapshots from " + sync.snapshotUri();
    SnapshotNotices notices = null;
    Optional<String> redis = options.get(Option.REDIS);
    if (redis.isPresent()) {
      notices = SnapshotNotices.subscribe(redis.get(), options.snapshotChannel(), puller::pollNow);
      text += ", and at once on a notice on Redis channel " + notices.channel();
    }
    return new StandaloneNode(server, counters, puller, notices, text);
  }

  public GatewayServer server() {
    return server;
  }

  /** The snapshot puller in portal mode. */
  public Optional<SnapshotPuller> puller() {
    return Optional.ofNullable(puller);
  }

  /** The change-notice subscription in portal mode with Redis. */
  public Optional<SnapshotNotices> notices() {
    return Optional.ofNullable(notices);
  }

  /** One line for the console: where it serves and where it gets snapshots. */
  public String description() {
    return description;
  }

  @Override
  public void close() {
    if (notices != null) {
      notices.close();
    }
    if (puller != null) {
      puller.close();
    }
    server.close();
    counters.close();
  }

  /** Serves the file's snapshot; one the compiler refuses stops the node with the reason. */
  private static void applyLocal(
      NodeOptions options, GatewayServer server, CounterStore counters, GatewaySnapshot local) {
    try {
      server.apply(local);
    } catch (SnapshotFormatException e) {
      server.close();
      counters.close();
      if (options.snapshotMode()) {
        throw LocalSnapshotFile.refused(Path.of(options.value(Option.SNAPSHOT)), e);
      }
      throw new IllegalArgumentException(
          "--api file '" + options.value(Option.API) + "' cannot be served: " + e.getMessage(), e);
    }
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
    RedisCounterStore plain;
    try {
      plain =
          RedisCounterStore.connect(
              redis.get(),
              options.value(Option.REDIS_KEY_PREFIX),
              // Lettuce's own timeout is a backstop; the failover store's shorter one decides.
              options.redisTimeout().multipliedBy(5));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          Option.REDIS.label()
              + ": "
              + e.getMessage()
              + "; fix the URI (redis://host:6379) or drop --redis for in-memory counters",
          e);
    }
    FailoverCounterStore.Options failover =
        new FailoverCounterStore.Options(
            options.nodeCount(),
            options.redisFailsClosed()
                ? FailoverCounterStore.FailureMode.FAIL_CLOSED
                : FailoverCounterStore.FailureMode.FAIL_OPEN_LOCAL,
            options.redisTimeout(),
            PROBE_INTERVAL);
    return options.noLeasing()
        ? FailoverCounterStore.overRedis(plain, failover)
        : FailoverCounterStore.overLeasing(new LeasingCounterStore(plain), failover);
  }

  private static GatewayServer listen(
      NodeOptions options,
      byte[] secret,
      CounterStore counters,
      UsageSink usage,
      TrafficSink traffic,
      Clock clock) {
    GatewayConfig config =
        GatewayConfig.builder()
            .host(options.value(Option.HOST))
            .port(options.port())
            .keyHashSecret(secret)
            .counterStore(counters)
            .clock(clock)
            .usageSink(usage)
            .trafficSink(traffic)
            .accessLogFormat(options.get(Option.ACCESS_LOG_FORMAT).orElse(null))
            .portalOrigins(options.portalOrigins())
            .flushInterval(options.usageFlushInterval())
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
