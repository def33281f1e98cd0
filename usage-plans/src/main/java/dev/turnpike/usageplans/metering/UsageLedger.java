package dev.turnpike.usageplans.metering;

import dev.turnpike.usageplans.plan.UsagePlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The receiving side of metering (the portal's daily usage table): applies flushed {@link
 * UsageRecord}s exactly once per {@code flushId}, so a node that retries a flush (delivery is at
 * least once) never double counts, and answers get-usage and remaining-quota questions. The
 * in-memory implementation is {@link InMemoryUsageLedger}; a database one keeps the flush ids under
 * a unique constraint in the same transaction as the counts. Every implementation passes {@code
 * UsageLedgerContract}.
 */
public interface UsageLedger {

  /** Applies the records not seen before; returns how many were new. Safe to call concurrently. */
  int apply(Collection<UsageRecord> records);

  /**
   * The key's usage per API stage and day, for days {@code from} to {@code to} inclusive, ordered
   * by day, API and stage; days without requests are left out.
   */
  List<DailyUsage> usage(String keyId, LocalDate from, LocalDate to);

  /**
   * Requests the plan's quota has left for the key in the quota period containing {@code now},
   * counting the API stages the plan covers; {@code Long.MAX_VALUE} when the plan has no quota.
   * Counts only what nodes have flushed, so it trails the live counter store by up to one flush
   * interval.
   */
  long remainingQuota(String keyId, UsagePlan plan, Instant now);

  /** One row of get-usage. */
  record DailyUsage(String keyId, String apiId, String stage, LocalDate day, long count) {}
}
