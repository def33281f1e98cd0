package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.StageResult;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * FUNCTION (Amazon's Lambda proxy integration, {@code aws_proxy}): POSTs the request as a payload
 * 1.0 event ({@link FunctionEvent}) to the function's http(s) URL and answers with what the
 * function returns ({@link FunctionResponse}). As in Amazon: a malformed answer is 502 {@code
 * Internal server error} logged as "Malformed Lambda proxy response", a function that fails
 * (connection refused, non-2xx) 502, a timeout 504; a uri that cannot be invoked (a Lambda ARN, a
 * missing stage variable) 500.
 */
final class FunctionIntegration {

  private static final Logger LOG = Logger.getLogger(FunctionIntegration.class.getName());
  private static final RequestParameters NO_PARAMETERS = RequestParameters.resolve(null, List.of());

  private final BackendCall backend;
  private final long maxBodyBytes;

  FunctionIntegration(BackendCall backend, long maxBodyBytes) {
    this.backend = backend;
    this.maxBodyBytes = maxBodyBytes;
  }

  Future<StageResult> invoke(RequestContext context) {
    return WholeBody.then(context, maxBodyBytes, body -> call(context, body.buffer()));
  }

  private Future<StageResult> call(RequestContext context, Buffer body) {
    String uri = BackendTargets.uri(context, NO_PARAMETERS, null);
    if (uri == null) {
      return Future.succeededFuture(StageResult.refuse(GatewayError.INTERNAL));
    }
    Buffer event = FunctionEvent.toJson(FunctionEvent.from(context, body)).toBuffer();
    MultiMap headers =
        MultiMap.caseInsensitiveMultiMap()
            .set("Content-Type", "application/json")
            .set("Accept", "application/json")
            .set("X-Amzn-RequestId", context.requestId());
    RequestOptions options =
        new RequestOptions().setAbsoluteURI(uri).setMethod(HttpMethod.POST).setHeaders(headers);
    return backend
        .call(
            context,
            options,
            context.method().integration().timeoutMillis(),
            (request, outcome) -> request.send(event))
        .compose(
            outcome ->
                outcome.error() != null
                    ? Future.succeededFuture(StageResult.refuse(outcome.error()))
                    : answer(context, outcome.response()));
  }

  private Future<StageResult> answer(RequestContext context, HttpClientResponse response) {
    return response
        .body()
        .compose(
            raw -> {
              if (response.statusCode() / 100 != 2) {
                return fail(context, "function invocation failed: HTTP " + response.statusCode());
              }
              FunctionResponse.Parsed parsed;
              try {
                parsed = FunctionResponse.parse(raw);
              } catch (FunctionResponse.Malformed e) {
                return fail(context, "Malformed Lambda proxy response: " + e.getMessage());
              }
              return Replies.send(
                  context,
                  new MappedResponse(
                      parsed.status(), ForwardedHeaders.copy(parsed.headers()), parsed.body()));
            });
  }

  private static Future<StageResult> fail(RequestContext context, String why) {
    context.failureNote(why.replace('"', '\''));
    LOG.log(
        Level.WARNING,
        () ->
            "Request "
                + context.requestId()
                + ": "
                + context.method().definition().methodKey()
                + ": "
                + why);
    return Future.succeededFuture(StageResult.refuse(GatewayError.INTEGRATION_FAILURE));
  }
}
