package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.StageResult;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import java.util.Locale;

/**
 * HTTP_PROXY: forwards the request as it came (method, path parameters into the uri, query string,
 * headers less hop-by-hop plus X-Forwarded-*, then the request parameter mappings over them) and
 * passes both bodies on byte for byte: streamed when large or of unknown length, read whole when
 * small.
 */
final class HttpProxyIntegration {

  private static final long SMALL_BODY = 64 * 1024;

  private final BackendCall backend;
  private final long maxBodyBytes;

  HttpProxyIntegration(BackendCall backend, long maxBodyBytes) {
    this.backend = backend;
    this.maxBodyBytes = maxBodyBytes;
  }

  Future<StageResult> invoke(RequestContext context) {
    HttpServerRequest request = context.request();
    Integration integration = context.method().integration();
    RequestParameters parameters =
        RequestParameters.resolve(context, context.method().requestParameters());
    String uri = BackendTargets.uri(context, parameters, request.query());
    if (uri == null) {
      return Future.succeededFuture(StageResult.refuse(GatewayError.INTERNAL));
    }
    MultiMap headers = ForwardedHeaders.toBackend(request);
    parameters.applyHeaders(headers);
    RequestOptions options =
        new RequestOptions()
            .setAbsoluteURI(uri)
            .setMethod(method(integration, request))
            .setHeaders(headers);
    return backend
        .call(
            context,
            options,
            integration.timeoutMillis(),
            (clientRequest, outcome) ->
                context.bodyRead() || smallBody(request)
                    ? sendRead(context, clientRequest, outcome)
                    : hasBody(request)
                        ? clientRequest.send(
                            new CappedReadStream(
                                request,
                                maxBodyBytes,
                                () -> {
                                  if (outcome.tryComplete(
                                      new BackendCall.Outcome(
                                          null, GatewayError.REQUEST_TOO_LARGE))) {
                                    clientRequest.reset();
                                  }
                                }))
                        : clientRequest.send())
        .map(
            outcome -> {
              if (outcome.error() != null) {
                return StageResult.refuse(outcome.error());
              }
              relay(outcome.response(), request);
              return StageResult.DONE;
            });
  }

  /**
   * Sends a body read whole: one a previous stage (validation) has read already, or a small one.
   * Small bodies (a known length up to {@link #SMALL_BODY}) are cheaper read in one go than piped
   * with back-pressure, and most API calls carry small bodies.
   */
  private Future<HttpClientResponse> sendRead(
      RequestContext context,
      HttpClientRequest clientRequest,
      Promise<BackendCall.Outcome> outcome) {
    return context
        .body(maxBodyBytes)
        .compose(
            body -> {
              if (body.tooLarge()) {
                outcome.tryComplete(new BackendCall.Outcome(null, GatewayError.REQUEST_TOO_LARGE));
                clientRequest.reset();
                return Future.failedFuture("request body too large");
              }
              clientRequest.headers().remove("Transfer-Encoding");
              return clientRequest.send(body.buffer());
            });
  }

  /**
   * Without a body the backend gets none: some servers refuse a GET that arrives chunked, which is
   * what streaming an empty body would send.
   */
  private static boolean hasBody(HttpServerRequest request) {
    String length = request.getHeader("Content-Length");
    return request.headers().contains("Transfer-Encoding")
        || (length != null && !length.trim().equals("0"));
  }

  private static boolean smallBody(HttpServerRequest request) {
    return isSmall(request.getHeader("Content-Length"))
        && !request.headers().contains("Transfer-Encoding");
  }

  /** A declared length from 1 to {@link #SMALL_BODY} bytes. */
  private static boolean isSmall(String contentLength) {
    if (contentLength == null) {
      return false;
    }
    try {
      long length = Long.parseLong(contentLength.trim());
      return length > 0 && length <= SMALL_BODY;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static HttpMethod method(Integration integration, HttpServerRequest request) {
    String configured = integration.httpMethod();
    if (configured == null || configured.isBlank() || configured.equalsIgnoreCase("ANY")) {
      return request.method();
    }
    return HttpMethod.valueOf(configured.toUpperCase(Locale.ROOT));
  }

  /** The backend's answer to the client: a small body in one write, anything else streamed. */
  private static void relay(HttpClientResponse from, HttpServerRequest request) {
    HttpServerResponse to = request.response();
    to.setStatusCode(from.statusCode());
    to.headers().addAll(ForwardedHeaders.copy(from.headers()));
    if (request.method() != HttpMethod.HEAD && isSmall(from.getHeader("Content-Length"))) {
      from.body()
          .onSuccess(to::end)
          .onFailure(
              e -> {
                if (!to.ended()) {
                  to.reset();
                }
              });
      return;
    }
    stream(from, to);
  }

  private static void stream(HttpClientResponse from, HttpServerResponse to) {
    if (!from.headers().contains("Content-Length")) {
      to.setChunked(true);
    }
    from.pipeTo(to)
        .onFailure(
            e -> {
              if (!to.ended()) {
                to.reset();
              }
            });
  }
}
