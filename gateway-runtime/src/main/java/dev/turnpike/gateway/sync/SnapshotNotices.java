package dev.turnpike.gateway.sync;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Change notices for a standalone node: subscribes (on a Redis pub/sub connection of its own) to
 * the channel the portal publishes on after every snapshot rebuild, and calls {@code onNotice} (the
 * puller's {@link SnapshotPuller#pollNow}) for every message, so a change such as a revoked key
 * reaches every node within a second instead of at the next poll. Polling stays the fallback.
 *
 * <p>Contract: channel {@code turnpike:snapshots} unless configured ({@code --snapshot-channel}),
 * payload the new snapshot version as decimal text. Any message triggers a poll; the payload is
 * only logged. Lettuce reconnects and subscribes again by itself; after such a re-subscription the
 * node polls once, since notices sent while it was away are lost. If the first connection or the
 * SUBSCRIBE fails, that is logged once (WARNING) and retried every {@link #RETRY} quietly; the
 * recovery is logged too. Never throws from {@link #subscribe}: a node without notices still polls.
 */
public final class SnapshotNotices implements AutoCloseable {

  public static final String DEFAULT_CHANNEL = "turnpike:snapshots";

  /** How long to wait before trying a failed first connection or SUBSCRIBE again. */
  static final Duration RETRY = Duration.ofSeconds(5);

  /** The Redis client name of the subscription (CLIENT LIST), unless the URI names one. */
  public static final String CLIENT_NAME = "turnpike-gateway:snapshot-notices";

  private static final Logger LOG = Logger.getLogger(SnapshotNotices.class.getName());

  private final RedisClient client;
  private final RedisURI uri;
  private final String channel;
  private final Runnable onNotice;
  private final Duration retry;
  private final AtomicBoolean failureLogged = new AtomicBoolean();
  private final AtomicInteger subscriptions = new AtomicInteger();
  private final LongAdder notices = new LongAdder();
  private StatefulRedisPubSubConnection<String, String> connection; // guarded by this
  private volatile boolean closed;

  private SnapshotNotices(RedisURI uri, String channel, Runnable onNotice, Duration retry) {
    this.uri = uri;
    this.channel = channel;
    this.onNotice = onNotice;
    this.retry = retry;
    this.client = RedisClient.create();
  }

  /**
   * Starts listening on {@code channel} of the Redis at {@code redisUri} and returns at once; the
   * connection is made in the background.
   */
  public static SnapshotNotices subscribe(String redisUri, String channel, Runnable onNotice) {
    return subscribe(redisUri, channel, onNotice, RETRY);
  }

  static SnapshotNotices subscribe(
      String redisUri, String channel, Runnable onNotice, Duration retry) {
    Objects.requireNonNull(redisUri, "SnapshotNotices: redisUri is required");
    Objects.requireNonNull(onNotice, "SnapshotNotices: onNotice is required");
    if (channel == null || channel.isBlank()) {
      throw new IllegalArgumentException("SnapshotNotices: the channel must not be blank");
    }
    RedisURI uri = RedisURI.create(redisUri);
    if (uri.getClientName() == null) {
      uri.setClientName(CLIENT_NAME);
    }
    SnapshotNotices notices = new SnapshotNotices(uri, channel, onNotice, retry);
    notices.connect();
    return notices;
  }

  /** The channel listened on. */
  public String channel() {
    return channel;
  }

  /** True once the SUBSCRIBE was confirmed (and until the connection drops). */
  public boolean isSubscribed() {
    StatefulRedisPubSubConnection<String, String> c;
    synchronized (this) {
      c = connection;
    }
    return subscriptions.get() > 0 && c != null && c.isOpen();
  }

  /** SUBSCRIBE confirmations so far: 1 after the first, one more after every reconnect. */
  public int subscriptions() {
    return subscriptions.get();
  }

  /** Messages received so far. */
  public long notices() {
    return notices.sum();
  }

  @Override
  public void close() {
    StatefulRedisPubSubConnection<String, String> c;
    synchronized (this) {
      closed = true;
      c = connection;
      connection = null;
    }
    if (c != null) {
      c.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }

  private void connect() {
    if (closed) {
      return;
    }
    client
        .connectPubSubAsync(StringCodec.UTF8, uri)
        .whenComplete(
            (c, failure) -> {
              if (failure != null) {
                failed("cannot connect to Redis at " + where(), failure);
                return;
              }
              synchronized (this) {
                if (closed) {
                  c.closeAsync();
                  return;
                }
                connection = c;
              }
              c.addListener(new Listener());
              c.async()
                  .subscribe(channel)
                  .whenComplete(
                      (ok, error) -> {
                        if (error != null) {
                          synchronized (this) {
                            connection = null;
                          }
                          c.closeAsync();
                          failed("SUBSCRIBE " + channel + " failed at " + where(), error);
                        }
                      });
            });
  }

  private void failed(String what, Throwable failure) {
    if (failureLogged.compareAndSet(false, true)) {
      LOG.warning(
          "Snapshot notices: "
              + what
              + " ("
              + failure
              + "); new snapshots arrive with the next poll until this works, retrying every "
              + retry.toMillis()
              + " ms");
    } else {
      LOG.log(Level.FINE, "Snapshot notices: " + what, failure);
    }
    if (closed) {
      return;
    }
    try {
      client
          .getResources()
          .eventExecutorGroup()
          .schedule(this::connect, retry.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // Closed meanwhile.
    }
  }

  private String where() {
    return uri.getHost() + ":" + uri.getPort();
  }

  private final class Listener extends RedisPubSubAdapter<String, String> {
    @Override
    public void subscribed(String subscribed, long count) {
      if (!channel.equals(subscribed)) {
        return;
      }
      boolean again = subscriptions.getAndIncrement() > 0;
      if (failureLogged.getAndSet(false)) {
        LOG.info("Snapshot notices: subscribed to Redis channel " + channel + " after all");
      } else if (!again) {
        LOG.info("Snapshot notices: subscribed to Redis channel " + channel + " at " + where());
      }
      if (again) {
        // Back after a reconnect: notices sent meanwhile are lost, so look once.
        LOG.fine("Snapshot notices: subscribed again to " + channel + "; polling once");
        onNotice.run();
      }
    }

    @Override
    public void message(String from, String payload) {
      if (!channel.equals(from)) {
        return;
      }
      notices.increment();
      LOG.fine(() -> "Snapshot notice on " + channel + ": version " + payload + "; polling now");
      try {
        onNotice.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Snapshot notices: the poll could not be started", e);
      }
    }
  }
}
