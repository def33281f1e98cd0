package dev.turnpike.usageplans.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryCounterStoreTest extends CounterStoreContract {

  @Override
  protected CounterStore newStore() {
    return new InMemoryCounterStore();
  }

  @Test
  void forgets_buckets_that_have_had_time_to_refill() {
    InMemoryCounterStore memory = new InMemoryCounterStore(Duration.ofSeconds(10));
    ThrottleLimit limit = new ThrottleLimit(10, 10);
    for (int i = 0; i < 1_000; i++) {
      memory.tryTake("bucket-" + i, limit, T0);
    }
    assertThat(memory.bucketCount()).isEqualTo(1_000);
    memory.tryTake("late", limit, T0.plus(TokenBucket.idleTtl(limit)).plusSeconds(1));
    assertThat(memory.bucketCount()).isEqualTo(1);
  }

  @Test
  void keeps_buckets_still_refilling() {
    InMemoryCounterStore memory = new InMemoryCounterStore(Duration.ZERO);
    ThrottleLimit slow = new ThrottleLimit(1, 600);
    memory.tryTake("slow", slow, T0);
    memory.tryTake("other", slow, T0.plusSeconds(60));
    assertThat(memory.bucketCount()).isEqualTo(2);
  }

  @Test
  void forgets_quota_counters_of_ended_periods() {
    InMemoryCounterStore memory = new InMemoryCounterStore(Duration.ZERO);
    QuotaLimit daily = new QuotaLimit(5, QuotaPeriod.DAY, 0);
    for (int i = 0; i < 100; i++) {
      memory.tryConsume("key-" + i, daily, T0);
    }
    assertThat(memory.quotaCount()).isEqualTo(100);
    memory.tryConsume("key-0", daily, Instant.parse("2024-03-07T00:00:01Z"));
    assertThat(memory.quotaCount()).isEqualTo(1);
  }
}
