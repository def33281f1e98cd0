package dev.turnpike.usageplans.metering;

import dev.turnpike.usageplans.limit.QuotaPeriods;
import dev.turnpike.usageplans.plan.ApiStageRef;
import dev.turnpike.usageplans.plan.UsagePlan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link UsageLedger} in memory, for the embedded mode and tests. One lock guards the seen flush
 * ids and the counts together, so a record is either fully applied or not at all. Flush ids are
 * kept for the ledger's lifetime.
 */
public final class InMemoryUsageLedger implements UsageLedger {
  private final Set<String> seenFlushIds = new HashSet<>();
  private final Map<Row, Long> counts = new HashMap<>();

  private record Row(String keyId, String apiId, String stage, LocalDate day) {}

  @Override
  public synchronized int apply(Collection<UsageRecord> records) {
    Objects.requireNonNull(records, "UsageLedger.apply: records are required");
    int applied = 0;
    for (UsageRecord r : records) {
      Objects.requireNonNull(r, "UsageLedger.apply: the records contain a null entry");
      if (seenFlushIds.add(r.flushId())) {
        counts.merge(new Row(r.keyId(), r.apiId(), r.stage(), r.day()), r.count(), Long::sum);
        applied++;
      }
    }
    return applied;
  }

  @Override
  public synchronized List<DailyUsage> usage(String keyId, LocalDate from, LocalDate to) {
    Objects.requireNonNull(keyId, "UsageLedger.usage: keyId is required");
    Objects.requireNonNull(from, "UsageLedger.usage: from is required");
    Objects.requireNonNull(to, "UsageLedger.usage: to is required");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "UsageLedger.usage: 'to' (" + to + ") is before 'from' (" + from + ")");
    }
    List<DailyUsage> rows = new ArrayList<>();
    counts.forEach(
        (row, count) -> {
          if (row.keyId().equals(keyId) && !row.day().isBefore(from) && !row.day().isAfter(to)) {
            rows.add(new DailyUsage(row.keyId(), row.apiId(), row.stage(), row.day(), count));
          }
        });
    rows.sort(
        Comparator.comparing(DailyUsage::day)
            .thenComparing(DailyUsage::apiId)
            .thenComparing(DailyUsage::stage));
    return rows;
  }

  @Override
  public synchronized long remainingQuota(String keyId, UsagePlan plan, Instant now) {
    Objects.requireNonNull(plan, "UsageLedger.remainingQuota: plan is required");
    Objects.requireNonNull(now, "UsageLedger.remainingQuota: now is required");
    if (plan.quota() == null) {
      return Long.MAX_VALUE;
    }
    // Quota periods start and end at UTC midnights, so whole days add up to the period.
    LocalDate first =
        LocalDate.ofInstant(QuotaPeriods.periodStart(plan.quota(), now), ZoneOffset.UTC);
    LocalDate last =
        LocalDate.ofInstant(QuotaPeriods.periodEnd(plan.quota(), now), ZoneOffset.UTC).minusDays(1);
    long used = 0;
    for (DailyUsage row : usage(keyId, first, last)) {
      if (covers(plan, row)) {
        used += row.count();
      }
    }
    return Math.max(0, plan.quota().limit() - used);
  }

  private static boolean covers(UsagePlan plan, DailyUsage row) {
    for (ApiStageRef ref : plan.apiStages()) {
      if (ref.apiId().equals(row.apiId()) && ref.stage().equals(row.stage())) {
        return true;
      }
    }
    return false;
  }
}
