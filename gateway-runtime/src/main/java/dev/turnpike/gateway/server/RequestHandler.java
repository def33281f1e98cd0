package dev.turnpike.gateway.server;

import dev.turnpike.gateway.error.ErrorResponder;
import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.metering.TrafficMeter;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.RequestPipeline;
import dev.turnpike.gateway.pipeline.StageResult;
import dev.turnpike.gateway.pipeline.TraceRegistry;
import dev.turnpike.gateway.state.GatewayState;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import java.time.Clock;
import java.util.Set;
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

  /** The largest body read and dropped to keep a refused request's connection open. */
  static final long DISCARD_MAX_BYTES = 64 * 1024;

  /** Refusals of the stages before the body is read (validation and integrations read it). */
  private static final Set<String> BEFORE_BODY =
      Set.of(
          GatewayError.MISSING_AUTHENTICATION_TOKEN.key(),
          GatewayError.INVALID_API_KEY.key(),
          GatewayError.THROTTLED.key(),
          GatewayError.QUOTA_EXCEEDED.key());

  private final RequestPipeline pipeline;
  private final Supplier<GatewayState> state;
  private final Health health;
  private final Clock clock;
  private final ErrorResponder errors = new ErrorResponder();
  private final AccessLog accessLog;
  private final TraceRegistry traces;
  private final TrafficMeter traffic;

  RequestHandler(
      RequestPipeline pipeline,
      Supplier<GatewayState> state,
      Health health,
      Clock clock,
      TrafficMeter traffic,
      AccessLogFormat accessLogFormat,
      TraceRegistry traces) {
    this.pipeline = pipeline;
    this.state = state;
    this.health = health;
    this.clock = clock;
    this.traffic = traffic;
    this.accessLog = new AccessLog(accessLogFormat);
    this.traces = traces;
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
    if (traces != null) {
      context.trace(traces.begin(requestId));
    }
    request.response().endHandler(v -> finished(context));
    try {
      pipeline
          .handle(context)
          .onComplete(
              ar -> {
                if (ar.failed()) {
                  errors.fail(context, ar.cause());
                } else if (ar.result() instanceof StageResult.Refused refused) {
                  refuse(context, refused.error());
                }
              });
    } catch (RuntimeException e) {
      errors.fail(context, e);
    }
  }

  /**
   * A refusal made before anything read the body (no route, no or bad key, throttled, quota) leaves
   * the paused body unread, and Vert.x closes an HTTP/1.1 connection whose request was not read to
   * its end when the response ends: a throttled client would reconnect for every request. So a body
   * of at most {@link #DISCARD_MAX_BYTES} (by Content-Length) is read and dropped first, as nginx
   * does, and the refusal is sent at its end; the connection stays open. A larger or chunked body
   * is refused at once and its connection closed.
   */
  private void refuse(RequestContext context, GatewayError error) {
    HttpServerRequest request = context.request();
    if (!BEFORE_BODY.contains(error.key())
        || context.bodyRead()
        || request.isEnded()
        || !smallBody(request.getHeader("Content-Length"))) {
      errors.refuse(context, error);
      return;
    }
    boolean[] sent = {false};
    Handler<Void> send =
        v -> {
          if (!sent[0]) {
            sent[0] = true;
            errors.refuse(context, error);
          }
        };
    request.handler(chunk -> {});
    request.exceptionHandler(e -> send.handle(null));
    request.endHandler(send);
    request.resume();
  }

  static boolean smallBody(String contentLength) {
    return contentLength != null
        && contentLength.matches("\\d{1,9}")
        && Long.parseLong(contentLength) <= DISCARD_MAX_BYTES;
  }

  private void finished(RequestContext context) {
    accessLog.log(context);
    if (traces != null) {
      context.trace().add("access log", accessLog.line(context));
      if (context.failureNote() != null) {
        context.trace().add("error", context.failureNote());
      }
      traces.finish(context.requestId());
    }
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
