package dev.turnpike.usageplans.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A random key prefix on the shared test Redis (127.0.0.1:6379 unless {@code
 * -Dturnpike.redis.uri=...}) and the clean-up of every key under it, for ITs that share Redis.
 */
final class RedisTestKeys implements AutoCloseable {
  static final String URI = System.getProperty("turnpike.redis.uri", "redis://127.0.0.1:6379/0");

  final String prefix = "turnpike-it:" + UUID.randomUUID() + ":";
  private final RedisClient client = RedisClient.create(URI);
  final StatefulRedisConnection<String, String> admin = client.connect();

  List<String> keys() {
    return ScanIterator.scan(admin.sync(), ScanArgs.Builder.matches(prefix + "*").limit(500))
        .stream()
        .toList();
  }

  void deleteAll() {
    List<String> keys = keys();
    if (!keys.isEmpty()) {
      admin.sync().del(keys.toArray(String[]::new));
    }
  }

  @Override
  public void close() {
    deleteAll();
    admin.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
