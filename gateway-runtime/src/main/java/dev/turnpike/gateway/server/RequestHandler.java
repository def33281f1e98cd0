package dev.turnpike.gateway.server;

import dev.turnpike.gateway.error.ErrorResponder;
import dev.turnpike.gateway.metering.TrafficMeter;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.RequestPipeline;
import dev.turnpike.gateway.pipeline.StageResult;
import dev.turnpike.gateway.state.GatewayState;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Entry of every request: gives it a request id (on {@code x-amzn-RequestId} and {@code
 * x-request-id}), answers health checks, runs the pipeline on the current snapshot, and sends
 * refusals and failures to the {@link ErrorResponder}. Access-logs and records traffic statistics
 * (requests that matched a method) when the response ends; usage is counted by the pipeline's meter
 * stage, once a request is admitted.
 */
final class RequestHandler implements Handler<HttpServerRequest> {

  private final RequestPipeline pipeline;
  private final Supplier<GatewayState> state;
  private final Health health;
  private final Clock clock;
  private final ErrorResponder errors = new ErrorResponder();
  private final AccessLog accessLog;
  private final TrafficMeter traffic;

  RequestHandler(
      RequestPipeline pipeline,
      Supplier<GatewayState> state,
      Health health,
      Clock clock,
      TrafficMeter traffic,
      AccessLogFormat accessLogFormat) {
    this.pipeline = pipeline;
    this.state = state;
    this.health = health;
    this.clock = clock;
    this.traffic = traffic;
    this.accessLog = new AccessLog(accessLogFormat);
  }

  @Override
  public void handle(HttpServerRequest request) {
    String requestId = UUID.randomUUID().toString();
    request
        .response()
        .putHeader("x-amzn-RequestId", requestId)
        .putHeader("x-request-id", requestId);
    if (health.handles(request)) {
      return;
    }
    request.pause();
    RequestContext context = new RequestContext(requestId, request, state.get(), clock.instant());
    request.response().endHandler(v -> finished(context));
    try {
      pipeline
          .handle(context)
          .onComplete(
              ar -> {
                if (ar.failed()) {
                  errors.fail(context, ar.cause());
                } else if (ar.result() instanceof StageResult.Refused refused) {
                  errors.refuse(context, refused.error());
                }
              });
    } catch (RuntimeException e) {
      errors.fail(context, e);
    }
  }

  private void finished(RequestContext context) {
    accessLog.log(context);
    if (context.method() != null) {
      traffic.record(
          context.apiId(),
          context.stage(),
          context.method().definition().httpMethod()
              + " "
              + context.method().definition().resourcePath(),
          context.apiKey() == null ? null : context.apiKey().keyId(),
          context.request().response().getStatusCode(),
          context.elapsedMicros(),
          context.receivedAt());
    }
  }
}
