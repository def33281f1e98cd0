package dev.turnpike.gateway.pipeline;

import io.vertx.core.Future;

/**
 * One step of the request pipeline. Runs on the request's event loop and never blocks it; an
 * expected refusal is a {@link StageResult.Refused}, never an exception. A failed future is an
 * unexpected error, answered 500 in one place.
 */
@FunctionalInterface
public interface Stage {
  Future<StageResult> apply(RequestContext context);
}
