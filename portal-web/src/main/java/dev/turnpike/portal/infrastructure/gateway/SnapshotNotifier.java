package dev.turnpike.portal.infrastructure.gateway;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells standalone gateway nodes that a new snapshot is there, so a revoked key stops working on
 * every node within a second instead of at the next poll: the new version is published on a Redis
 * channel the nodes subscribe to. Without {@code turnpike.redis.uri} (one machine) it does nothing.
 */
@ApplicationScoped
public class SnapshotNotifier {
  private static final Logger LOG = Logger.getLogger(SnapshotNotifier.class.getName());

  @Inject
  @ConfigProperty(name = "turnpike.redis.uri")
  Optional<String> redisUri;

  @Inject
  @ConfigProperty(name = "turnpike.gateway.snapshot-channel", defaultValue = "turnpike:snapshots")
  String channel;

  private RedisClient client;
  private StatefulRedisConnection<String, String> connection;
  private boolean failureLogged;

  // Connecting can take seconds when Redis is down: never on the thread that saved the change.
  @Resource ManagedExecutorService executor;

  void onRebuilt(@Observes CurrentSnapshot.Rebuilt rebuilt) {
    if (redisUri.isEmpty()) {
      return;
    }
    String version = Long.toString(rebuilt.snapshot().version());
    executor.execute(() -> publish(version));
  }

  private void publish(String version) {
    try {
      connection().sync().publish(channel, version);
      report(null);
    } catch (RuntimeException e) {
      report(e);
      drop();
    }
  }

  private synchronized StatefulRedisConnection<String, String> connection() {
    if (connection == null) {
      client = RedisClient.create(redisUri.get());
      connection = client.connect();
    }
    return connection;
  }

  private synchronized void drop() {
    close();
    connection = null;
    client = null;
  }

  /** Nodes still poll, so a lost notice only delays them; say so once, not on every change. */
  private synchronized void report(Throwable error) {
    if (error == null) {
      failureLogged = false;
    } else if (!failureLogged) {
      failureLogged = true;
      LOG.log(
          Level.WARNING,
          "Could not notify gateway nodes through Redis channel "
              + channel
              + "; they pick up changes at their next poll",
          error);
    }
  }

  @PreDestroy
  synchronized void close() {
    if (connection != null) {
      connection.close();
    }
    if (client != null) {
      client.shutdown();
    }
  }
}
