package dev.turnpike.usageplans.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The accuracy simulation: 4 nodes, each a thread with its own Lettuce client and store, offer 3x a
 * throttle's rate to one bucket in the real Redis for 5 s (and consume one shared quota at the same
 * time). Prints admitted against configured, the mean time a check takes and the share of throttle
 * and quota checks that reached Redis; asserts the throttle within 5% and the quota exact: exactly
 * its limit admitted across the 4 nodes, with quota leasing on for the leasing store.
 */
class ClusterAccuracyIT {
  private static final int NODES = 4;
  private static final ThrottleLimit LIMIT = new ThrottleLimit(200, 200);
  private static final long RUN_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final double OFFERED_PER_NODE = 3 * LIMIT.ratePerSecond() / NODES;
  private static final QuotaLimit QUOTA = new QuotaLimit(1_000, QuotaPeriod.MONTH, 0);

  private RedisTestKeys keys;

  @BeforeEach
  void prefix() {
    keys = new RedisTestKeys();
  }

  @AfterEach
  void clean() {
    keys.close();
  }

  @Test
  void leasing_nodes_admit_within_5_percent_of_the_limit_and_quotas_stay_exact() throws Exception {
    Result r =
        simulate(
            "leasing",
            prefix ->
                new LeasingCounterStore(RedisCounterStore.connect(RedisTestKeys.URI, prefix)));
    assertThat(r.admitted())
        .isBetween(Math.round(r.configured() * 0.95), Math.round(r.configured() * 1.05));
    assertThat(r.quotaAdmitted()).isEqualTo(QUOTA.limit());
  }

  @Test
  void plain_redis_nodes_admit_within_5_percent_of_the_limit() throws Exception {
    Result r = simulate("plain", prefix -> RedisCounterStore.connect(RedisTestKeys.URI, prefix));
    assertThat(r.admitted())
        .isBetween(Math.round(r.configured() * 0.95), Math.round(r.configured() * 1.05));
    assertThat(r.quotaAdmitted()).isEqualTo(QUOTA.limit());
  }

  /** A plain store makes one round trip per check. */
  private static long offeredPer(CounterStore store, AtomicLong offered) {
    return offered.get() / NODES;
  }

  record Result(long admitted, double configured, long quotaAdmitted) {}

  private Result simulate(String name, Function<String, CounterStore> connect) throws Exception {
    List<CounterStore> stores = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      stores.add(connect.apply(keys.prefix));
    }
    AtomicLong admitted = new AtomicLong();
    AtomicLong offered = new AtomicLong();
    AtomicLong quotaAdmitted = new AtomicLong();
    AtomicLong checkNanos = new AtomicLong();
    AtomicLong firstMicros = new AtomicLong(Long.MAX_VALUE);
    AtomicLong lastMicros = new AtomicLong(Long.MIN_VALUE);
    List<CompletableFuture<?>> pending = new ArrayList<>();
    long periodNanos = (long) (1e9 / OFFERED_PER_NODE);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    List<Thread> threads = new ArrayList<>();
    for (CounterStore store : stores) {
      Thread t =
          new Thread(
              () -> {
                List<CompletableFuture<?>> mine = new ArrayList<>();
                for (long i = 0; ; i++) {
                  long due = start + i * periodNanos;
                  if (due - start >= RUN_NANOS) {
                    break;
                  }
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    LockSupport.parkNanos(wait);
                  }
                  Instant now = Instant.now();
                  long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
                  firstMicros.accumulateAndGet(micros, Math::min);
                  lastMicros.accumulateAndGet(micros, Math::max);
                  offered.incrementAndGet();
                  long began = System.nanoTime();
                  mine.add(
                      store
                          .tryTake("hot", LIMIT, now)
                          .thenAccept(
                              ok -> {
                                checkNanos.addAndGet(System.nanoTime() - began);
                                if (ok) {
                                  admitted.incrementAndGet();
                                }
                              })
                          .toCompletableFuture());
                  mine.add(
                      store
                          .tryConsume("quota", QUOTA, now)
                          .thenAccept(
                              d -> {
                                if (d.allowed()) {
                                  quotaAdmitted.incrementAndGet();
                                }
                              })
                          .toCompletableFuture());
                }
                synchronized (pending) {
                  pending.addAll(mine);
                }
              },
              "node-" + threads.size());
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    long quotaRoundTrips =
        stores.stream()
            .mapToLong(
                s -> s instanceof LeasingCounterStore l ? l.quotaCalls() : offeredPer(s, offered))
            .sum();
    long quotaReturns =
        stores.stream()
            .mapToLong(s -> s instanceof LeasingCounterStore l ? l.quotaReturns() : 0)
            .sum();
    long roundTrips =
        stores.stream()
            .mapToLong(
                s -> s instanceof LeasingCounterStore l ? l.leaseCalls() : offeredPer(s, offered))
            .sum();
    stores.forEach(CounterStore::close);

    double seconds = (lastMicros.get() - firstMicros.get()) / 1e6;
    double configured = LIMIT.burst() + LIMIT.ratePerSecond() * seconds;
    long quota = quotaAdmitted.get();
    System.out.printf(
        "ClusterAccuracyIT [%s]: %d nodes, %.2f s, offered %d (%.0f/s), admitted %d vs configured"
            + " %.0f (burst %d + %.0f/s): %+.2f%%; quota admitted %d of %d; mean throttle check"
            + " %.1f us; throttle round trips to Redis %d (%.1f%% of checks); quota checks that"
            + " reached Redis %d (%.1f%% of quota checks), background quota returns %d%n",
        name,
        NODES,
        seconds,
        offered.get(),
        offered.get() / seconds,
        admitted.get(),
        configured,
        LIMIT.burst(),
        LIMIT.ratePerSecond(),
        100.0 * (admitted.get() - configured) / configured,
        quota,
        QUOTA.limit(),
        checkNanos.get() / 1e3 / offered.get(),
        roundTrips,
        100.0 * roundTrips / offered.get(),
        quotaRoundTrips,
        100.0 * quotaRoundTrips / offered.get(),
        quotaReturns);
    return new Result(admitted.get(), configured, quota);
  }
}
