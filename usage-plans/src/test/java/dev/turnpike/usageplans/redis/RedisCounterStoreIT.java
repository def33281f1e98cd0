package dev.turnpike.usageplans.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.CounterStoreContract;
import dev.turnpike.usageplans.limit.TokenBucket;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counter store contract against the real Redis on 127.0.0.1:6379 (override with {@code
 * -Dturnpike.redis.uri=...}). Each test writes under its own random key prefix and deletes those
 * keys afterwards, so it can share Redis with other tests and developers.
 */
class RedisCounterStoreIT extends CounterStoreContract {
  private static final String URI =
      System.getProperty("turnpike.redis.uri", "redis://127.0.0.1:6379/0");

  private static RedisClient adminClient;
  private static StatefulRedisConnection<String, String> admin;
  private String prefix;

  @BeforeAll
  static void connectAdmin() {
    adminClient = RedisClient.create(URI);
    admin = adminClient.connect();
  }

  @AfterAll
  static void closeAdmin() {
    admin.close();
    adminClient.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }

  @Override
  protected CounterStore newStore() {
    prefix = "turnpike-it:" + UUID.randomUUID() + ":";
    return RedisCounterStore.connect(URI, prefix);
  }

  @AfterEach
  void deleteTestKeys() {
    List<String> keys = keys();
    if (!keys.isEmpty()) {
      admin.sync().del(keys.toArray(String[]::new));
    }
  }

  private List<String> keys() {
    return ScanIterator.scan(admin.sync(), ScanArgs.Builder.matches(prefix + "*").limit(500))
        .stream()
        .toList();
  }

  @Test
  void every_key_lives_under_the_prefix_and_expires() {
    store.tryTake("b", new ThrottleLimit(1, 600), T0).toCompletableFuture().join();
    store.tryConsume("q", new QuotaLimit(5, QuotaPeriod.DAY, 0), T0).toCompletableFuture().join();
    RedisCommands<String, String> redis = admin.sync();
    List<String> keys = keys();
    assertThat(keys).containsExactlyInAnyOrder(prefix + "b:b", prefix + "q:q:1709683200");
    long bucketTtl = redis.pttl(prefix + "b:b");
    assertThat(bucketTtl).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10).toMillis());
    long quotaTtl = redis.pttl(prefix + "q:q:1709683200");
    // 14 hours to midnight from T0 plus the slack.
    assertThat(quotaTtl)
        .isPositive()
        .isLessThanOrEqualTo(Duration.ofHours(14).plus(RedisCounterStore.QUOTA_SLACK).toMillis());
  }

  @Test
  void bucket_ttl_never_falls_below_the_minimum() {
    store.tryTake("fast", new ThrottleLimit(1000, 1), T0).toCompletableFuture().join();
    assertThat(admin.sync().pttl(prefix + "b:fast"))
        .isGreaterThan(TokenBucket.MIN_IDLE_TTL.toMillis() - 5_000);
  }

  @Test
  void an_unknown_script_falls_back_from_evalsha_to_eval() {
    // A source Redis has never seen, so EVALSHA answers NOSCRIPT; no SCRIPT FLUSH on shared Redis.
    LuaScript script = LuaScript.of("probe", "return '" + UUID.randomUUID() + "'");
    String marker = script.source().substring(8, 44);
    String result =
        script
            .<String>run(admin.async(), ScriptOutputType.VALUE, new String[0])
            .toCompletableFuture()
            .join();
    assertThat(result).isEqualTo(marker);
    assertThat(admin.sync().scriptExists(script.sha())).containsExactly(true);
  }

  @Test
  void connecting_to_a_closed_port_fails_with_a_clear_message() {
    assertThatThrownBy(() -> RedisCounterStore.connect("redis://127.0.0.1:1/0", "x:"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot connect to redis://127.0.0.1:1/0");
  }

  @Test
  void passwords_in_the_uri_are_not_put_in_messages() {
    assertThat(RedisCounterStore.redactPassword("redis://:s3cret@host:6379/0"))
        .isEqualTo("redis://***@host:6379/0");
  }
}
