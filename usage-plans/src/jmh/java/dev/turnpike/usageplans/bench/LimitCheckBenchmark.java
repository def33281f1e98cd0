package dev.turnpike.usageplans.bench;

import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.InMemoryCounterStore;
import dev.turnpike.usageplans.limit.LimitEnforcer;
import dev.turnpike.usageplans.limit.LimitOutcome;
import dev.turnpike.usageplans.limit.QuotaCheck;
import dev.turnpike.usageplans.limit.ThrottleCheck;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import dev.turnpike.usageplans.redis.LeasingCounterStore;
import dev.turnpike.usageplans.redis.RedisCounterStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One request's limit check as the gateway makes it: two throttles (plan, stage) then a monthly
 * quota, through {@link LimitEnforcer}, waiting for the answer. {@code store}: {@code memory}
 * (one node), {@code redis} (one Lua call per check), {@code leasing} (throttle tokens leased in
 * batches, quota reserved in chunks of up to 100). Limits are high so every check is admitted. Redis variants
 * need Redis on 127.0.0.1:6379 ({@code -Dturnpike.redis.uri}); their keys are deleted at the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LimitCheckBenchmark {
  private static final String URI =
      System.getProperty("turnpike.redis.uri", "redis://127.0.0.1:6379/0");
  private static final ThrottleLimit HIGH = new ThrottleLimit(1_000_000, 1_000_000);
  private static final List<ThrottleCheck> THROTTLES =
      List.of(new ThrottleCheck("t/plan/key", HIGH), new ThrottleCheck("t/stage", HIGH));
  private static final QuotaCheck QUOTA =
      new QuotaCheck("t/plan/key", new QuotaLimit(Long.MAX_VALUE, QuotaPeriod.MONTH, 0));

  @Param({"memory", "redis", "leasing"})
  public String store;

  private String prefix;
  private CounterStore counters;
  private LimitEnforcer enforcer;

  @Setup
  public void open() {
    prefix = "turnpike-bench:" + UUID.randomUUID() + ":";
    counters =
        switch (store) {
          case "memory" -> new InMemoryCounterStore();
          case "redis" -> RedisCounterStore.connect(URI, prefix);
          case "leasing" -> new LeasingCounterStore(RedisCounterStore.connect(URI, prefix));
          default -> throw new IllegalArgumentException("unknown store " + store);
        };
    enforcer = new LimitEnforcer(counters);
  }

  @TearDown
  public void close() {
    counters.close();
    if (!store.equals("memory")) {
      RedisClient client = RedisClient.create(URI);
      try (StatefulRedisConnection<String, String> admin = client.connect()) {
        List<String> keys =
            ScanIterator.scan(admin.sync(), ScanArgs.Builder.matches(prefix + "*")).stream()
                .toList();
        if (!keys.isEmpty()) {
          admin.sync().del(keys.toArray(String[]::new));
        }
      } finally {
        client.shutdown();
      }
    }
  }

  /** Two throttles and the quota: the full check for a key with a usage plan. */
  @Benchmark
  public LimitOutcome throttlesAndQuota() {
    return enforcer.enforce(THROTTLES, QUOTA, Instant.now()).toCompletableFuture().join();
  }

  /** Two throttles only (a stage without usage plans): where leasing saves every round trip. */
  @Benchmark
  public LimitOutcome throttlesOnly() {
    return enforcer.enforce(THROTTLES, null, Instant.now()).toCompletableFuture().join();
  }
}
