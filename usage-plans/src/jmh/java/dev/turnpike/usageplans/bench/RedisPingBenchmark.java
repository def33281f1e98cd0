package dev.turnpike.usageplans.bench;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The yardstick for {@link LimitCheckBenchmark}: one bare Redis round trip (PING through Lettuce's
 * async API, waiting for the answer, the way the counter stores wait), on 127.0.0.1:6379 unless
 * {@code -Dturnpike.redis.uri}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedisPingBenchmark {
  private static final String URI =
      System.getProperty("turnpike.redis.uri", "redis://127.0.0.1:6379/0");

  private RedisClient client;
  private StatefulRedisConnection<String, String> connection;

  @Setup
  public void open() {
    client = RedisClient.create(URI);
    connection = client.connect();
  }

  @TearDown
  public void close() {
    connection.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }

  /** One PING round trip. */
  @Benchmark
  public String ping() {
    return connection.async().ping().toCompletableFuture().join();
  }
}
