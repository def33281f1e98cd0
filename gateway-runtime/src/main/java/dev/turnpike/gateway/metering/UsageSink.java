package dev.turnpike.gateway.metering;

import dev.turnpike.usageplans.metering.UsageRecord;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where a node's usage counts go (the portal's daily usage table). Delivery is at least once: a
 * batch whose stage fails is offered again, with the same records and so the same {@code flushId}s,
 * so the receiver must ignore a record whose {@code flushId} it has already stored. The stage may
 * complete on any thread; the records are never empty.
 */
@FunctionalInterface
public interface UsageSink {
  CompletionStage<Void> accept(List<UsageRecord> records);
}
