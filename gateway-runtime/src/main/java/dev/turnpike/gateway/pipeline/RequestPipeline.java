package dev.turnpike.gateway.pipeline;

import io.vertx.core.Future;

/**
 * The request path, top to bottom: CORS (answer preflights, decorate every answer) → check size →
 * match route → authenticate → throttle & quota → meter (count the admitted request) → validate
 * (required parameters, body model) → integrate (transform, call, transform back, respond). Each
 * stage may end the request; the caller answers refusals and failures in one place. Stages are
 * given by the server, so this package does not depend on their implementations.
 */
public final class RequestPipeline {

  private static final Stage PASS = context -> Future.succeededFuture(StageResult.NEXT);

  private final Stage cors;
  private final Stage checkSize;
  private final Stage matchRoute;
  private final Stage authenticate;
  private final Stage limit;
  private final Stage meter;
  private final Stage validate;
  private final Stage integrate;

  public RequestPipeline(
      Stage cors,
      Stage checkSize,
      Stage matchRoute,
      Stage authenticate,
      Stage limit,
      Stage meter,
      Stage validate,
      Stage integrate) {
    this.cors = cors;
    this.checkSize = checkSize;
    this.matchRoute = matchRoute;
    this.authenticate = authenticate;
    this.limit = limit;
    this.meter = meter;
    this.validate = validate;
    this.integrate = integrate;
  }

  /** A pipeline without CORS. */
  public RequestPipeline(
      Stage checkSize,
      Stage matchRoute,
      Stage authenticate,
      Stage limit,
      Stage meter,
      Stage validate,
      Stage integrate) {
    this(PASS, checkSize, matchRoute, authenticate, limit, meter, validate, integrate);
  }

  /** A pipeline without CORS and request validation. */
  public RequestPipeline(
      Stage checkSize,
      Stage matchRoute,
      Stage authenticate,
      Stage limit,
      Stage meter,
      Stage integrate) {
    this(checkSize, matchRoute, authenticate, limit, meter, PASS, integrate);
  }

  public Future<StageResult> handle(RequestContext context) {
    return run("cors", cors, context)
        .compose(result -> then(result, "size", checkSize, context))
        .compose(result -> then(result, "route", matchRoute, context))
        .compose(result -> then(result, "authenticate", authenticate, context))
        .compose(result -> then(result, "throttle", limit, context))
        .compose(result -> then(result, "meter", meter, context))
        .compose(result -> then(result, "validate", validate, context))
        .compose(result -> then(result, "integrate", integrate, context));
  }

  private static Future<StageResult> then(
      StageResult previous, String name, Stage next, RequestContext context) {
    return previous.proceeds() ? run(name, next, context) : Future.succeededFuture(previous);
  }

  private static Future<StageResult> run(String name, Stage stage, RequestContext context) {
    Future<StageResult> result;
    try {
      result = stage.apply(context);
    } catch (RuntimeException e) {
      result = Future.failedFuture(e);
    }
    Trace trace = context.trace();
    if (trace.on()) {
      result.onComplete(
          ar -> trace.add(name, outcome(ar.succeeded() ? ar.result() : null, ar.cause())));
    }
    return result;
  }

  private static String outcome(StageResult result, Throwable failure) {
    if (failure != null) {
      return "failed: " + failure.getMessage();
    }
    if (result instanceof StageResult.Refused refused) {
      return "refused: " + refused.error().status() + " " + refused.error().key();
    }
    return result.proceeds() ? "passed" : "answered";
  }
}
