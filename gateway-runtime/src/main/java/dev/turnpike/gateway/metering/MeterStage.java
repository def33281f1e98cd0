package dev.turnpike.gateway.metering;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.Stage;
import dev.turnpike.gateway.pipeline.StageResult;
import dev.turnpike.usageplans.metering.UsageMeter;
import io.vertx.core.Future;

/**
 * Counts one usage for every request that presented an accepted API key and passed throttles and
 * quota, as Amazon's usage reports do: throttled and quota-refused requests are not counted, a
 * request that then fails at the backend is. Runs right after the limit stage, so a request is
 * counted exactly once whatever happens to its response.
 */
public final class MeterStage implements Stage {

  private final UsageMeter meter;

  public MeterStage(UsageMeter meter) {
    this.meter = meter;
  }

  @Override
  public Future<StageResult> apply(RequestContext context) {
    if (context.apiKey() != null) {
      meter.record(
          context.apiKey().keyId(), context.apiId(), context.stage(), context.receivedAt());
    }
    return Future.succeededFuture(StageResult.NEXT);
  }
}
