package dev.turnpike.usageplans.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.CounterStoreContract;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The counter store contract for the leasing store against the real Redis (small rates lease one
 * token at a time, so the contract holds exactly), plus what leasing adds.
 */
class LeasingCounterStoreIT extends CounterStoreContract {
  private RedisTestKeys keys;

  @Override
  protected CounterStore newStore() {
    keys = new RedisTestKeys();
    return new LeasingCounterStore(RedisCounterStore.connect(RedisTestKeys.URI, keys.prefix));
  }

  @AfterEach
  void deleteTestKeys() {
    keys.close();
  }

  private boolean take(String key, ThrottleLimit limit, java.time.Instant now) {
    return store.tryTake(key, limit, now).toCompletableFuture().join();
  }

  private double tokensInRedis(String bucket) {
    return Double.parseDouble(keys.admin.sync().hget(keys.prefix + "b:" + bucket, "t"));
  }

  @Test
  void takes_a_batch_from_redis_and_serves_it_locally() {
    ThrottleLimit limit = new ThrottleLimit(1000, 1000);
    assertThat(LeasingCounterStore.LeasePolicy.DEFAULT.batchFor(limit)).isEqualTo(50);
    assertThat(take("b", limit, T0)).isTrue();
    assertThat(tokensInRedis("b")).isEqualTo(950);
    for (int i = 0; i < 49; i++) {
      assertThat(take("b", limit, T0)).isTrue();
    }
    assertThat(tokensInRedis("b")).isEqualTo(950);
    assertThat(take("b", limit, T0)).isTrue();
    assertThat(tokensInRedis("b")).isEqualTo(900);
  }

  @Test
  void leased_tokens_are_not_spent_after_the_lease_expires() {
    ThrottleLimit limit = new ThrottleLimit(1000, 40);
    assertThat(take("b", limit, T0)).isTrue();
    assertThat(take("b", limit, T0)).isTrue();
    // The first batch is the whole burst (40); 38 leased tokens are left on this node; after the
    // TTL they are dropped, not spent.
    java.time.Instant later = T0.plus(LeasingCounterStore.LeasePolicy.DEFAULT.leaseTtl());
    assertThat(take("b", limit, later)).isTrue();
    // Redis refilled to the burst (40) in 250 ms and gave a fresh batch sized to this node's
    // demand: 2 takes in 250 ms is 8/s, so 2 tokens per 250 ms lease.
    assertThat(tokensInRedis("b")).isEqualTo(38);
  }

  @Test
  void an_empty_bucket_is_refused_locally_until_the_batch_has_refilled() {
    ThrottleLimit limit = new ThrottleLimit(100, 2);
    assertThat(take("b", limit, T0)).isTrue();
    assertThat(take("b", limit, T0)).isTrue();
    assertThat(take("b", limit, T0)).isFalse();
    keys.admin.sync().hset(keys.prefix + "b:b", "t", "2");
    // Redis said "2 tokens in 20 ms": no second round trip before then, so the refill is unseen.
    assertThat(take("b", limit, T0.plus(Duration.ofMillis(19)))).isFalse();
    assertThat(take("b", limit, T0.plus(Duration.ofMillis(20)))).isTrue();
  }

  @Test
  void batch_follows_the_rate_within_its_bounds() {
    LeasingCounterStore.LeasePolicy p = LeasingCounterStore.LeasePolicy.DEFAULT;
    assertThat(p.batchFor(new ThrottleLimit(10, 100))).isEqualTo(1);
    assertThat(p.batchFor(new ThrottleLimit(200, 200))).isEqualTo(20);
    assertThat(p.batchFor(new ThrottleLimit(100_000, 5_000))).isEqualTo(50);
    assertThat(p.batchFor(new ThrottleLimit(100_000, 3))).isEqualTo(3);
  }

  @Test
  void batch_is_what_this_node_spends_in_one_lease_ttl_within_the_rate_bound() {
    LeasingCounterStore.LeasePolicy p = LeasingCounterStore.LeasePolicy.DEFAULT;
    ThrottleLimit limit = new ThrottleLimit(200, 200);
    assertThat(p.batchFor(limit, Double.NaN)).isEqualTo(20);
    assertThat(p.batchFor(limit, 0)).isEqualTo(1);
    assertThat(p.batchFor(limit, 40)).isEqualTo(10);
    assertThat(p.batchFor(limit, 10_000)).isEqualTo(20);
  }

  @Test
  void lease_is_all_or_nothing_and_leaves_a_short_bucket_alone() {
    ThrottleLimit limit = new ThrottleLimit(100, 20);
    keys.admin.sync().hset(keys.prefix + "b:b", java.util.Map.of("t", "5", "ts", "0"));
    // 5 tokens there, a batch of 10 wanted: none granted, the 5 stay, retry in (10 - 5) / 100 s.
    RedisCounterStore redis = ((LeasingCounterStore) store).redis();
    TokenLease reply =
        redis.lease("b", limit, java.time.Instant.EPOCH, 10).toCompletableFuture().join();
    assertThat(reply.granted()).isZero();
    assertThat(reply.retryAfterMicros()).isEqualTo(50_000);
    assertThat(tokensInRedis("b")).isEqualTo(5);
    reply =
        redis
            .lease("b", limit, java.time.Instant.EPOCH.plusMillis(50), 10)
            .toCompletableFuture()
            .join();
    assertThat(reply.granted()).isEqualTo(10);
    assertThat(tokensInRedis("b")).isEqualTo(0);
  }
}
