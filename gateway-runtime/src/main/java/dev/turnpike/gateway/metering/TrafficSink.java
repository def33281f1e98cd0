package dev.turnpike.gateway.metering;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where a node's traffic statistics go (the portal's hourly analytics table); delivered at least
 * once like usage (see {@link UsageSink}): the receiver ignores a {@code flushId} it has stored.
 */
@FunctionalInterface
public interface TrafficSink {
  CompletionStage<Void> accept(List<TrafficRecord> records);
}
