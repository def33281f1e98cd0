package dev.turnpike.gateway.pipeline;

import io.vertx.core.Future;

/**
 * The request path, top to bottom: check size → match route → authenticate → throttle & quota →
 * meter (count the admitted request) → validate (required parameters, body model) → integrate
 * (transform, call, transform back, respond). Each stage may end the request; the caller answers
 * refusals and failures in one place. Stages are given by the server, so this package does not
 * depend on their implementations.
 */
public final class RequestPipeline {

  private final Stage checkSize;
  private final Stage matchRoute;
  private final Stage authenticate;
  private final Stage limit;
  private final Stage meter;
  private final Stage validate;
  private final Stage integrate;

  public RequestPipeline(
      Stage checkSize,
      Stage matchRoute,
      Stage authenticate,
      Stage limit,
      Stage meter,
      Stage validate,
      Stage integrate) {
    this.checkSize = checkSize;
    this.matchRoute = matchRoute;
    this.authenticate = authenticate;
    this.limit = limit;
    this.meter = meter;
    this.validate = validate;
    this.integrate = integrate;
  }

  /** A pipeline without request validation. */
  public RequestPipeline(
      Stage checkSize,
      Stage matchRoute,
      Stage authenticate,
      Stage limit,
      Stage meter,
      Stage integrate) {
    this(
        checkSize,
        matchRoute,
        authenticate,
        limit,
        meter,
        context -> Future.succeededFuture(StageResult.NEXT),
        integrate);
  }

  public Future<StageResult> handle(RequestContext context) {
    return run(checkSize, context)
        .compose(result -> then(result, matchRoute, context))
        .compose(result -> then(result, authenticate, context))
        .compose(result -> then(result, limit, context))
        .compose(result -> then(result, meter, context))
        .compose(result -> then(result, validate, context))
        .compose(result -> then(result, integrate, context));
  }

  private static Future<StageResult> then(
      StageResult previous, Stage next, RequestContext context) {
    return previous.proceeds() ? run(next, context) : Future.succeededFuture(previous);
  }

  private static Future<StageResult> run(Stage stage, RequestContext context) {
    try {
      return stage.apply(context);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }
}
