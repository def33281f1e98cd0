package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.Trace;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One call to a backend with Amazon's integration timeout: from sending until the response head
 * arrives. A connection failure becomes INTEGRATION_FAILURE (502), a timeout INTEGRATION_TIMEOUT
 * (504); both reset the backend request. Expected failures are outcomes, not exceptions.
 */
final class BackendCall {

  private static final Logger LOG = Logger.getLogger(BackendCall.class.getName());

  /** Either the backend's response head or a gateway error. */
  record Outcome(HttpClientResponse response, GatewayError error) {}

  private final Vertx vertx;
  private final HttpClient client;

  BackendCall(Vertx vertx, HttpClient client) {
    this.vertx = vertx;
    this.client = client;
  }

  /**
   * Sends a request; {@code send} writes the body (and may complete the outcome itself with an
   * error, through the given promise, e.g. when a streamed body is too large).
   */
  Future<Outcome> call(
      RequestContext context, RequestOptions options, long timeoutMillis, SendBody send) {
    String requestId = context.requestId();
    Trace trace = context.trace();
    if (trace.on()) {
      trace.add(
          "integration request",
          options.getMethod()
              + " "
              + (Boolean.TRUE.equals(options.isSsl()) ? "https://" : "http://")
              + options.getHost()
              + ":"
              + options.getPort()
              + options.getURI()
              + "\n"
              + TraceText.headers(options.getHeaders()));
    }
    Promise<Outcome> outcome = Promise.promise();
    HttpClientRequest[] sent = new HttpClientRequest[1];
    long timer =
        vertx.setTimer(
            timeoutMillis,
            id -> {
              if (outcome.tryComplete(new Outcome(null, GatewayError.INTEGRATION_TIMEOUT))
                  && sent[0] != null) {
                sent[0].reset();
              }
            });
    options.setConnectTimeout(timeoutMillis).setFollowRedirects(false);
    client
        .request(options)
        .compose(
            request -> {
              sent[0] = request;
              return send.apply(request, outcome);
            })
        .onComplete(
            ar -> {
              vertx.cancelTimer(timer);
              if (ar.succeeded()) {
                if (trace.on()) {
                  trace.add(
                      "integration response",
                      ar.result().statusCode() + "\n" + TraceText.headers(ar.result().headers()));
                }
                if (!outcome.tryComplete(new Outcome(ar.result(), null))) {
                  ar.result().request().reset();
                }
              } else if (!outcome.future().isComplete()) {
                LOG.log(
                    Level.WARNING,
                    () ->
                        "Request "
                            + requestId
                            + ": backend "
                            + options.getURI()
                            + " failed: "
                            + ar.cause());
                trace.add("integration failed", String.valueOf(ar.cause()));
                outcome.tryComplete(new Outcome(null, GatewayError.INTEGRATION_FAILURE));
              }
            });
    return outcome.future();
  }

  /** Writes the request body and returns the response head. */
  @FunctionalInterface
  interface SendBody {
    Future<HttpClientResponse> apply(HttpClientRequest request, Promise<Outcome> outcome);
  }
}
