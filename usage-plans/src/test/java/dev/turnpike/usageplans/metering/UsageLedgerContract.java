package dev.turnpike.usageplans.metering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.usageplans.metering.UsageLedger.DailyUsage;
import dev.turnpike.usageplans.plan.ApiStageRef;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.UsagePlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UsageLedger} must do; subclasses only make a fresh, empty ledger. */
public abstract class UsageLedgerContract {
  private static final LocalDate D1 = LocalDate.parse("2024-03-05");
  private static final LocalDate D2 = LocalDate.parse("2024-03-06");

  protected abstract UsageLedger newLedger();

  private UsageLedger ledger;

  @BeforeEach
  void open() {
    ledger = newLedger();
  }

  private static UsageRecord rec(String key, String stage, LocalDate day, long n, String flushId) {
    return new UsageRecord(key, "api", stage, day, n, flushId);
  }

  @Test
  void a_retried_flush_is_counted_once() {
    List<UsageRecord> flush = List.of(rec("k", "prod", D1, 5, "f1"), rec("k", "prod", D2, 3, "f2"));
    assertThat(ledger.apply(flush)).isEqualTo(2);
    assertThat(ledger.apply(flush)).isZero();
    assertThat(ledger.apply(List.of(rec("k", "prod", D1, 5, "f1"), rec("k", "prod", D1, 1, "f3"))))
        .isEqualTo(1);
    assertThat(ledger.usage("k", D1, D2))
        .containsExactly(
            new DailyUsage("k", "api", "prod", D1, 6), new DailyUsage("k", "api", "prod", D2, 3));
  }

  @Test
  void usage_is_per_day_and_stage_within_the_range_and_for_that_key_only() {
    ledger.apply(
        List.of(
            rec("k", "prod", D1, 1, "a"),
            rec("k", "beta", D1, 2, "b"),
            rec("k", "prod", D2, 4, "c"),
            rec("other", "prod", D1, 8, "d")));
    assertThat(ledger.usage("k", D1, D1))
        .containsExactly(
            new DailyUsage("k", "api", "beta", D1, 2), new DailyUsage("k", "api", "prod", D1, 1));
    assertThat(ledger.usage("nobody", D1, D2)).isEmpty();
  }

  @Test
  void remaining_quota_counts_the_plans_stages_in_the_current_period() {
    UsagePlan plan =
        new UsagePlan(
            "gold",
            "t1",
            "Gold",
            null,
            new QuotaLimit(100, QuotaPeriod.WEEK, 0),
            List.of(new ApiStageRef("api", "prod", null)));
    ledger.apply(
        List.of(
            rec("k", "prod", LocalDate.parse("2024-03-03"), 10, "a"), // Sunday: this week
            rec("k", "prod", D2, 20, "b"),
            rec("k", "beta", D2, 40, "c"), // a stage the plan does not cover
            rec("k", "prod", LocalDate.parse("2024-03-02"), 50, "d"))); // last week
    assertThat(ledger.remainingQuota("k", plan, Instant.parse("2024-03-06T12:00:00Z")))
        .isEqualTo(70);
  }

  @Test
  void a_plan_without_quota_has_unlimited_remaining() {
    UsagePlan plan = new UsagePlan("free", "t1", "Free", null, null, List.of());
    assertThat(ledger.remainingQuota("k", plan, Instant.now())).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void concurrent_retries_of_the_same_flush_apply_it_once() throws Exception {
    List<UsageRecord> flush = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      flush.add(rec("k", "prod", D1, 1, "f" + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> ledger.apply(flush)));
      }
      int applied = 0;
      for (Future<Integer> f : results) {
        applied += f.get();
      }
      assertThat(applied).isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }
    assertThat(ledger.usage("k", D1, D1).get(0).count()).isEqualTo(200);
  }
}
