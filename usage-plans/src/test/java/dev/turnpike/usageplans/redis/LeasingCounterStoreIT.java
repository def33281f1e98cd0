package dev.turnpike.usageplans.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.CounterStoreContract;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The counter store contract for the leasing store against the real Redis (small rates lease one
 * token at a time, so the contract holds exactly; quota leasing is on, with chunks that shrink to 1
 * near the end of a quota), plus what leasing adds: throttle batches, quota chunks, and an idle
 * node giving its quota reservation back for another node.
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

  @Test
  void a_quota_reservation_left_idle_is_given_back_for_another_node_within_the_ttl()
      throws Exception {
    dev.turnpike.usageplans.plan.QuotaLimit quota =
        new dev.turnpike.usageplans.plan.QuotaLimit(
            10, dev.turnpike.usageplans.plan.QuotaPeriod.MONTH, 0);
    LeasingCounterStore.QuotaLeasePolicy policy =
        new LeasingCounterStore.QuotaLeasePolicy(100, 2, Duration.ofMillis(1000), Duration.ZERO);
    java.time.Instant now = java.time.Instant.now();
    try (LeasingCounterStore a =
            new LeasingCounterStore(
                RedisCounterStore.connect(RedisTestKeys.URI, keys.prefix),
                LeasingCounterStore.LeasePolicy.DEFAULT,
                policy);
        LeasingCounterStore b =
            new LeasingCounterStore(
                RedisCounterStore.connect(RedisTestKeys.URI, keys.prefix),
                LeasingCounterStore.LeasePolicy.DEFAULT,
                policy)) {
      // Warm both clients up on another quota, so the first calls below are not slow.
      for (LeasingCounterStore node : List.of(a, b)) {
        for (int i = 0; i < 20; i++) {
          node.tryConsume("warm-up", quota, now).toCompletableFuture().join();
          node.used("warm-up", quota, now).toCompletableFuture().join();
        }
      }
      long t0 = System.nanoTime();
      // Node a is alone: it reserves 10 / (2 x 1) = 5, admits 1 and goes idle holding 4.
      assertThat(a.tryConsume("q", quota, now).toCompletableFuture().join())
          .isEqualTo(
              new dev.turnpike.usageplans.limit.QuotaDecision(
                  true, 9, dev.turnpike.usageplans.limit.QuotaPeriods.periodEnd(quota, now)));
      assertThat(a.used("q", quota, now).toCompletableFuture().join()).isEqualTo(1);
      // Node b gets the 5 nobody holds, then is refused while a's 4 are held.
      int admittedByB = 0;
      for (int i = 0; i < 10; i++) {
        admittedByB += b.tryConsume("q", quota, now).toCompletableFuture().join().allowed() ? 1 : 0;
      }
      assertThat(admittedByB).isEqualTo(5);
      long idleSince = System.nanoTime();
      // a's reservation is idle: a's returner (every 250 ms) gives the 4 back once it was unused
      // for 250 ms, well before it expires (1 s).
      while (admittedByB < 9 && System.nanoTime() - idleSince < 3_000_000_000L) {
        admittedByB += b.tryConsume("q", quota, now).toCompletableFuture().join().allowed() ? 1 : 0;
        Thread.sleep(5);
      }
      long waitedMillis = (System.nanoTime() - idleSince) / 1_000_000;
      System.out.printf(
          "LeasingCounterStoreIT: node b used node a's returned quota %d ms after a went idle (ttl 1000 ms)%n",
          waitedMillis);
      assertThat(admittedByB).isEqualTo(9);
      assertThat(waitedMillis).isLessThan(1000);
      assertThat(a.quotaReturns()).isEqualTo(1);
      assertThat(b.tryConsume("q", quota, now).toCompletableFuture().join().allowed()).isFalse();
      assertThat(b.used("q", quota, now).toCompletableFuture().join()).isEqualTo(10);
      assertThat(a.tryConsume("q", quota, now).toCompletableFuture().join())
          .extracting(dev.turnpike.usageplans.limit.QuotaDecision::allowed)
          .isEqualTo(false);
    }
  }

  @Test
  void quota_leasing_sends_only_some_checks_to_redis_and_gives_back_the_rest_at_close() {
    dev.turnpike.usageplans.plan.QuotaLimit quota =
        new dev.turnpike.usageplans.plan.QuotaLimit(
            100_000, dev.turnpike.usageplans.plan.QuotaPeriod.MONTH, 0);
    LeasingCounterStore leasing = (LeasingCounterStore) store;
    for (int i = 0; i < 1_000; i++) {
      assertThat(leasing.tryConsume("q", quota, T0).toCompletableFuture().join().allowed())
          .isTrue();
    }
    assertThat(leasing.quotaChecks()).isEqualTo(1_000);
    assertThat(leasing.quotaCalls()).isEqualTo(10);
    assertThat(leasing.used("q", quota, T0).toCompletableFuture().join()).isEqualTo(1_000);
    leasing.close();
    try (RedisCounterStore plain = RedisCounterStore.connect(RedisTestKeys.URI, keys.prefix)) {
      assertThat(plain.used("q", quota, T0).toCompletableFuture().join()).isEqualTo(1_000);
      assertThat(plain.tryConsume("q", quota, T0).toCompletableFuture().join().remaining())
          .isEqualTo(100_000 - 1_001);
    }
  }
}
