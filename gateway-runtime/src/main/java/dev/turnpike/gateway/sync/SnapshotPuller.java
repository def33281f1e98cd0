package dev.turnpike.gateway.sync;

import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.SnapshotCodec;
import dev.turnpike.gateway.definition.SnapshotFormatException;
import dev.turnpike.gateway.server.GatewayServer;
import dev.turnpike.gateway.sync.PollResult.Failed;
import dev.turnpike.gateway.sync.PollResult.Fetched;
import dev.turnpike.gateway.sync.PollResult.Kind;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Keeps a standalone node's snapshot in step with the portal. Every poll interval (after the
 * previous poll ends, so polls never overlap) it sends a conditional GET; a 200 is parsed, compiled
 * and swapped in on a worker thread, then cached on disk; a 304 changes nothing. A broken or older
 * snapshot is rejected whole and the node keeps serving the previous one. If the first poll fails,
 * the cached snapshot is served until the portal answers. Status: {@link #status()}, also on {@code
 * /health/ready}.
 *
 * <p>{@link #pollNow} (called on a change notice, see {@link SnapshotNotices}) polls at once
 * instead of waiting for the interval; bursts coalesce: at most one poll runs and one more waits,
 * however many notices arrive meanwhile. The interval restarts after every poll.
 */
public final class SnapshotPuller implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SnapshotPuller.class.getName());

  private final GatewayServer server;
  private final SyncSettings settings;
  private final Vertx vertx;
  private final Clock clock;
  private final PortalClient portal;
  private final SnapshotCache cache;
  private final SnapshotCodec codec = new SnapshotCodec();
  private final OutageLog outages = new OutageLog(LOG);
  private final AtomicReference<SyncStatus> status = new AtomicReference<>(SyncStatus.initial());
  private final Context context;
  // Guarded by this: a poll is running (or start's first poll), another one is wanted after it.
  private boolean polling;
  private boolean queued;
  private long timerId = -1;
  private volatile boolean closed;

  public SnapshotPuller(GatewayServer server, SyncSettings settings) {
    this(server, settings, Clock.systemUTC());
  }

  public SnapshotPuller(GatewayServer server, SyncSettings settings, Clock clock) {
    this.server = server;
    this.settings = settings;
    this.vertx = server.vertx();
    this.context = vertx.getOrCreateContext();
    this.clock = clock;
    this.portal = new PortalClient(vertx, settings);
    this.cache = new SnapshotCache(settings.cacheDir());
  }

  /**
   * Publishes the status on the node's readiness check, polls once (falling back to the disk cache
   * if that fails) and then keeps polling. The future completes after the first poll and any cache
   * load; it never fails.
   */
  public Future<Void> start() {
    server.readinessDetails(() -> status.get().toHealth());
    LOG.info("Pulling snapshots from " + settings.snapshotUri() + " every " + interval());
    synchronized (this) {
      polling = true;
    }
    return pollOnce()
        .compose(synced -> synced ? Future.succeededFuture() : loadCache())
        .onComplete(ignored -> afterPoll());
  }

  /**
   * Polls as soon as possible: now if no poll is running, else once more right after the running
   * one (however often this is called meanwhile). Safe from any thread; returns at once.
   */
  public void pollNow() {
    synchronized (this) {
      if (closed) {
        return;
      }
      if (polling) {
        queued = true;
        return;
      }
      polling = true;
      vertx.cancelTimer(timerId);
      timerId = -1;
    }
    context.runOnContext(v -> runPoll());
  }

  /** Last sync time, version served, consecutive failures. */
  public SyncStatus status() {
    return status.get();
  }

  /** Stops polling; the node keeps serving what it has. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      vertx.cancelTimer(timerId);
    }
    portal.close();
  }

  private void runPoll() {
    Future<Boolean> poll;
    try {
      poll = pollOnce();
    } catch (RuntimeException e) {
      // pollOnce reports its failures in its future; this only keeps the schedule alive.
      LOG.warning("Snapshot poll could not start: " + e);
      poll = Future.succeededFuture(false);
    }
    poll.onComplete(x -> afterPoll());
  }

  /** After every poll: run the queued one, or wait for the interval. */
  private void afterPoll() {
    synchronized (this) {
      if (closed) {
        polling = false;
        return;
      }
      if (!queued) {
        polling = false;
        vertx.cancelTimer(timerId);
        timerId = vertx.setTimer(settings.pollInterval().toMillis(), this::onTimer);
        return;
      }
      queued = false;
    }
    context.runOnContext(v -> runPoll());
  }

  private void onTimer(long id) {
    synchronized (this) {
      if (closed || polling || id != timerId) {
        return;
      }
      polling = true;
      timerId = -1;
    }
    context.runOnContext(v -> runPoll());
  }

  /** One poll; true when the node now serves the portal's current snapshot. Never fails. */
  private Future<Boolean> pollOnce() {
    if (closed) {
      return Future.succeededFuture(false);
    }
    long served = server.isReady() ? server.snapshotVersion() : -1;
    return portal
        .poll(served)
        .compose(
            result ->
                result instanceof Fetched fetched
                    ? vertx.executeBlocking(() -> applyFetched(fetched))
                    : Future.succeededFuture(result))
        .map(this::record)
        .otherwise(e -> record(new Failed(Kind.REJECTED, "Snapshot sync failed: " + e)));
  }

  /** On a worker thread: parse, compile, swap in, cache. */
  private PollResult applyFetched(Fetched fetched) {
    try {
      GatewaySnapshot snapshot = codec.read(fetched.json());
      server.apply(snapshot);
    } catch (SnapshotFormatException e) {
      return new Failed(
          Kind.REJECTED,
          "Rejected the snapshot from "
              + settings.snapshotUri()
              + " (ETag "
              + fetched.etag()
              + "): "
              + e.getMessage());
    }
    try {
      cache.write(fetched.json());
    } catch (RuntimeException e) {
      LOG.warning(e.getMessage());
    }
    return fetched;
  }

  private boolean record(PollResult result) {
    long version = server.isReady() ? server.snapshotVersion() : -1;
    if (result instanceof Failed failed) {
      outages.failed(failed, version);
      status.updateAndGet(s -> s.failed(version, failed.message()));
      return false;
    }
    String what =
        result instanceof Fetched
            ? "applied snapshot " + version
            : "snapshot " + version + " is current";
    outages.succeeded(what);
    status.updateAndGet(s -> s.succeeded(version, clock.instant(), "portal"));
    return true;
  }

  private Future<Void> loadCache() {
    return vertx
        .executeBlocking(this::applyCached)
        .otherwise(
            e -> {
              LOG.severe(e.getMessage() + "; the node stays not ready until the portal answers");
              return null;
            });
  }

  /** On a worker thread: serves the cached snapshot if there is one. */
  private Void applyCached() {
    var json = cache.read();
    if (json.isEmpty()) {
      LOG.warning(
          "No cached snapshot at "
              + cache.file().toAbsolutePath()
              + "; the node stays not ready until the portal answers");
      return null;
    }
    try {
      server.apply(codec.read(json.get()));
    } catch (SnapshotFormatException e) {
      throw new SnapshotFormatException(
          "The cached snapshot "
              + cache.file().toAbsolutePath()
              + " is unusable: "
              + e.getMessage(),
          e);
    }
    long version = server.snapshotVersion();
    status.updateAndGet(s -> s.loadedFromCache(version));
    LOG.warning(
        "Portal unreachable at start: serving cached snapshot "
            + version
            + " from "
            + cache.file().toAbsolutePath()
            + " until it answers");
    return null;
  }

  private String interval() {
    long millis = settings.pollInterval().toMillis();
    return millis % 1000 == 0 ? TimeUnit.MILLISECONDS.toSeconds(millis) + "s" : millis + "ms";
  }
}
