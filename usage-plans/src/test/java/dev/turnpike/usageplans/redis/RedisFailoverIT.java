package dev.turnpike.usageplans.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.usageplans.limit.CounterStoreUnavailableException;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stops and starts a real Redis under load. Each test runs its OWN redis-server on a free port
 * (never the shared one on 6379): the node keeps deciding locally (fail open) or refuses (fail
 * closed) while it is gone, and goes back to Redis by itself when it returns.
 */
class RedisFailoverIT {
  private static final ThrottleLimit LIMIT = new ThrottleLimit(1000, 1000);
  private int port;
  private Process redis;

  @AfterEach
  void stopRedis() {
    if (redis != null) {
      redis.destroyForcibly();
    }
  }

  private void startRedis() throws Exception {
    redis =
        new ProcessBuilder(
                "redis-server",
                "--port",
                Integer.toString(port),
                "--save",
                "",
                "--appendonly",
                "no")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    await(Duration.ofSeconds(10), this::redisAccepts);
  }

  private void killRedis() throws Exception {
    redis.destroyForcibly();
    redis.waitFor(10, TimeUnit.SECONDS);
  }

  private boolean redisAccepts() {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private FailoverCounterStore connect(FailoverCounterStore.FailureMode mode) throws Exception {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    startRedis();
    RedisCounterStore store =
        RedisCounterStore.connect(
            "redis://127.0.0.1:" + port + "/0", "fo:", Duration.ofMillis(200));
    return FailoverCounterStore.overLeasing(
        new LeasingCounterStore(store),
        new FailoverCounterStore.Options(4, mode, Duration.ofMillis(200), Duration.ofMillis(100)));
  }

  /** Offers 50 requests to a bucket; returns how many were decided (either way) without error. */
  private static int load(FailoverCounterStore store, String bucket) {
    int decided = 0;
    for (int i = 0; i < 50; i++) {
      try {
        store.tryTake(bucket, LIMIT, Instant.now()).toCompletableFuture().join();
        decided++;
      } catch (CompletionException e) {
        assertThat(e.getCause()).isInstanceOf(CounterStoreUnavailableException.class);
      }
    }
    return decided;
  }

  @Test
  void fail_open_decides_locally_while_redis_is_gone_and_returns_to_it() throws Exception {
    try (FailoverCounterStore store = connect(FailoverCounterStore.FailureMode.FAIL_OPEN_LOCAL)) {
      assertThat(load(store, "b")).isEqualTo(50);
      assertThat(store.health().state()).isEqualTo(FailoverCounterStore.State.REMOTE);

      killRedis();
      await(Duration.ofSeconds(5), () -> load(store, "b") == 50 && store.health().degraded());
      assertThat(store.health().state()).isEqualTo(FailoverCounterStore.State.LOCAL);
      assertThat(store.health().lastError()).isNotBlank();
      // Local share: burst 1000 / 4 nodes = 250 at once.
      // One instant for all 400 takes: no refill between them however slow the machine is.
      Instant at = Instant.now();
      int admitted = 0;
      for (int i = 0; i < 400; i++) {
        if (store.tryTake("fresh", LIMIT, at).toCompletableFuture().join()) {
          admitted++;
        }
      }
      assertThat(admitted).isEqualTo(250);

      startRedis();
      await(Duration.ofSeconds(10), () -> !store.health().degraded());
      assertThat(load(store, "b")).isEqualTo(50);
      assertThat(store.health().state()).isEqualTo(FailoverCounterStore.State.REMOTE);
    }
  }

  @Test
  void fail_closed_refuses_while_redis_is_gone_and_returns_to_it() throws Exception {
    try (FailoverCounterStore store = connect(FailoverCounterStore.FailureMode.FAIL_CLOSED)) {
      assertThat(load(store, "b")).isEqualTo(50);

      killRedis();
      await(Duration.ofSeconds(5), () -> load(store, "b") == 0);
      assertThat(store.health().state()).isEqualTo(FailoverCounterStore.State.CLOSED);

      startRedis();
      await(Duration.ofSeconds(10), () -> !store.health().degraded());
      assertThat(load(store, "b")).isEqualTo(50);
    }
  }

  private static void await(Duration max, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + max);
      }
      Thread.sleep(20);
    }
  }
}
