package dev.turnpike.gateway.server;

import static java.util.concurrent.TimeUnit.SECONDS;

import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.SnapshotFormatException;
import dev.turnpike.gateway.metering.RecordFlusher;
import dev.turnpike.gateway.metering.TrafficRecord;
import dev.turnpike.gateway.metering.UsageFlusher;
import dev.turnpike.gateway.state.GatewayState;
import dev.turnpike.gateway.state.StateCompiler;
import dev.turnpike.gateway.transform.TemplateEngine;
import dev.turnpike.usageplans.redis.FailoverCounterStore;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A gateway node: serves {@code http://host:port/{apiId}/{stage}/{path}} from the last snapshot
 * applied. Start it with {@link #start} (async) or {@link #startBlocking} (from a non-event-loop
 * thread, as the portal does), feed it with {@link #apply}, stop it with {@link #close}.
 *
 * <p>With a {@link GatewayConfig#usageSink()} the node flushes its usage meter to the sink every
 * {@link GatewayConfig#flushInterval()} ({@link UsageFlusher}: at least once, failed records are
 * retried with the same flushIds) and once more on close, after it stopped serving.
 *
 * <p>With a {@link FailoverCounterStore}, {@code /health/ready} shows {@code
 * "counters":{"state":"REMOTE|LOCAL|CLOSED","since":"<instant>"}}. LOCAL (Redis away, this node
 * decides alone at its share of each limit) stays UP: the node serves, and taking every node out of
 * the load balancer because Redis is down would turn a degraded cluster into an outage. CLOSED
 * (fail-closed mode, Redis away) is DOWN (503): the node refuses every limited request with 503, so
 * load balancers should route to nodes that still decide.
 */
public final class GatewayServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(GatewayServer.class.getName());
  private static final long START_TIMEOUT_SECONDS = 30;

  private final Vertx vertx;
  private final GatewayConfig config;
  private final UsageFlusher flusher;
  private final RecordFlusher<TrafficRecord> trafficFlusher;
  private volatile long flushTimer = -1;
  private volatile String deploymentId;
  private final StateCompiler compiler = new StateCompiler(new TemplateEngine());
  private final AtomicReference<GatewayState> state = new AtomicReference<>(GatewayState.empty());
  private volatile boolean ready;
  private volatile int port;
  private volatile Supplier<Map<String, Object>> readinessDetails = Map::of;

  private GatewayServer(Vertx vertx, GatewayConfig config) {
    this.vertx = vertx;
    this.config = config;
    this.flusher =
        config.usageSink() == null ? null : new UsageFlusher(config.meter(), config.usageSink());
    this.trafficFlusher =
        config.trafficSink() == null
            ? null
            : new RecordFlusher<>(
                "traffic",
                config.traffic()::drain,
                config.trafficSink()::accept,
                UsageFlusher.DEFAULT_MAX_PENDING);
  }

  /** Starts a node on its own Vert.x instance, one server per event loop on the same port. */
  public static Future<GatewayServer> start(GatewayConfig config) {
    Vertx vertx = Vertx.vertx();
    GatewayServer gateway = new GatewayServer(vertx, config);
    int instances = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
    List<GatewayVerticle> verticles = new CopyOnWriteArrayList<>();
    return vertx
        .deployVerticle(
            () -> {
              // Vert.x shares one random port among servers listening on the same negative port.
              int listen = config.port() == 0 ? -1 : config.port();
              GatewayVerticle verticle = gateway.verticle(config, listen);
              verticles.add(verticle);
              return verticle;
            },
            new DeploymentOptions().setInstances(instances))
        .compose(
            id -> {
              gateway.deploymentId = id;
              return gateway.checkOnePort(verticles);
            })
        .map(id -> gateway.startFlushing())
        .onSuccess(g -> LOG.info("Gateway listening on " + config.host() + ":" + g.port))
        .onFailure(e -> vertx.close());
  }

  /** Starts a node and waits for it (at most 30 s); never call it on an event loop. */
  public static GatewayServer startBlocking(GatewayConfig config) {
    try {
      return start(config)
          .toCompletionStage()
          .toCompletableFuture()
          .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting the gateway", e);
    } catch (Exception e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException(
          "Gateway could not start on "
              + config.host()
              + ":"
              + config.port()
              + ": "
              + cause.getMessage()
              + " (is the port already in use?)",
          cause);
    }
  }

  /**
   * Compiles a snapshot and swaps it in at once; requests in flight finish on the old one. A bad
   * snapshot, or one older than the current, throws {@link SnapshotFormatException} and the node
   * keeps serving the previous one.
   */
  public void apply(GatewaySnapshot snapshot) {
    GatewayState compiled = compiler.compile(snapshot);
    GatewayState previous =
        state.getAndUpdate(current -> current.version() > compiled.version() ? current : compiled);
    if (previous.version() > compiled.version()) {
      throw new SnapshotFormatException(
          "Snapshot "
              + compiled.version()
              + " is older than the one served ("
              + previous.version()
              + "); publish a higher version");
    }
    ready = true;
    LOG.info(
        "Applied snapshot "
            + compiled.version()
            + " with "
            + compiled.deployments().size()
            + " deployment(s)");
  }

  /** The port the node listens on (the actual one when configured with 0). */
  public int port() {
    return port;
  }

  /** The version of the snapshot being served, -1 before the first. */
  public long snapshotVersion() {
    return state.get().version();
  }

  /** True once a snapshot has been applied. */
  public boolean isReady() {
    return ready;
  }

  /**
   * Extra fields {@code /health/ready} adds after {@code "status"} (e.g. the snapshot sync state of
   * a standalone node). The supplier runs on an event loop for every readiness check: keep it cheap
   * and non-blocking.
   */
  public void readinessDetails(Supplier<Map<String, Object>> details) {
    this.readinessDetails = details == null ? Map::of : details;
  }

  /** The node's Vert.x instance, for components that run beside it (snapshot sync). */
  public Vertx vertx() {
    return vertx;
  }

  /** Flushes usage to the sink now (normally done every flush interval); null without a sink. */
  public UsageFlusher usageFlusher() {
    return flusher;
  }

  /**
   * Stops serving, flushes usage once more (at most 10 s) and releases the event loops; waits at
   * most 30 s for them.
   */
  @Override
  public void close() {
    try {
      if (flusher != null || trafficFlusher != null) {
        vertx.cancelTimer(flushTimer);
        if (deploymentId != null) {
          vertx.undeploy(deploymentId).toCompletionStage().toCompletableFuture().get(10, SECONDS);
        }
        flushAll().get(10, SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warning("Last usage flush did not complete: " + e);
    }
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warning("Gateway did not close cleanly: " + e);
    }
  }

  /** Flushes usage and traffic to their sinks now; completes when both attempts ended. */
  public CompletableFuture<Void> flushAll() {
    CompletableFuture<Void> usage =
        flusher == null
            ? CompletableFuture.completedFuture(null)
            : flusher.flush().toCompletableFuture();
    CompletableFuture<Void> traffic =
        trafficFlusher == null
            ? CompletableFuture.completedFuture(null)
            : trafficFlusher.flush().toCompletableFuture();
    return CompletableFuture.allOf(usage, traffic);
  }

  private GatewayServer startFlushing() {
    if (flusher != null || trafficFlusher != null) {
      flushTimer = vertx.setPeriodic(config.flushInterval().toMillis(), id -> flushAll());
      LOG.info(
          "Flushing usage every "
              + config.flushInterval().toMillis()
              + " ms to "
              + config.usageSink());
    }
    return this;
  }

  /** Readiness: a snapshot is applied and the counter store does not refuse everything. */
  private boolean readyNow() {
    return ready
        && !(config.counterStore() instanceof FailoverCounterStore failover
            && failover.health().state() == FailoverCounterStore.State.CLOSED);
  }

  private Map<String, Object> readinessNow() {
    Map<String, Object> details = readinessDetails.get();
    if (!(config.counterStore() instanceof FailoverCounterStore failover)) {
      return details;
    }
    Map<String, Object> all = new LinkedHashMap<>(details);
    FailoverCounterStore.Health health = failover.health();
    Map<String, Object> counters = new LinkedHashMap<>();
    counters.put("state", health.state().name());
    counters.put("since", health.since().toString());
    all.put("counters", counters);
    return all;
  }

  /** Port 0 servers of one deployment share one random port; this records it and checks it. */
  private Future<String> checkOnePort(List<GatewayVerticle> verticles) {
    Set<Integer> ports = new HashSet<>();
    verticles.forEach(v -> ports.add(v.actualPort()));
    if (ports.size() != 1) {
      return Future.failedFuture(
          new IllegalStateException("Gateway event loops listen on different ports " + ports));
    }
    port = ports.iterator().next();
    return Future.succeededFuture("ok");
  }

  private GatewayVerticle verticle(GatewayConfig config, int listenPort) {
    return new GatewayVerticle(
        config, listenPort, state::get, new Health(this::readyNow, this::readinessNow));
  }
}
