package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.StageResult;
import dev.turnpike.gateway.state.CompiledMethod;
import dev.turnpike.gateway.state.CompiledResponse;
import dev.turnpike.gateway.state.RequestMapping;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;

/**
 * HTTP (non-proxy): the request body goes through the request template for its content type (or
 * passes through when there is none), the backend answer through the integration response selected
 * by its status. Both bodies are buffered (capped) because templates need them whole.
 */
final class HttpIntegration {

  private final BackendCall backend;
  private final long maxBodyBytes;

  HttpIntegration(BackendCall backend, long maxBodyBytes) {
    this.backend = backend;
    this.maxBodyBytes = maxBodyBytes;
  }

  Future<StageResult> invoke(RequestContext context) {
    return context
        .body(maxBodyBytes)
        .compose(
            body ->
                body.tooLarge()
                    ? Future.succeededFuture(StageResult.refuse(GatewayError.REQUEST_TOO_LARGE))
                    : call(context, body.text()));
  }

  private Future<StageResult> call(RequestContext context, String clientBody) {
    HttpServerRequest request = context.request();
    CompiledMethod method = context.method();
    Integration integration = method.integration();
    String contentType = request.getHeader("Content-Type");
    RequestMapping mapping = method.requestMapping(contentType);
    if (mapping.unsupported()) {
      return Future.succeededFuture(StageResult.refuse(GatewayError.UNSUPPORTED_MEDIA_TYPE));
    }
    String backendBody =
        mapping.template() == null
            ? clientBody
            : mapping.template().render(MappingVariables.forRequest(context, clientBody));
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    headers.set("Content-Type", contentType == null ? "application/json" : contentType);
    headers.set("X-Forwarded-For", MappingVariables.sourceIp(request));
    headers.set("Accept", "application/json");
    RequestOptions options =
        new RequestOptions()
            .setAbsoluteURI(
                BackendUri.build(integration.uri(), context.pathParameters(), request.query()))
            .setMethod(HttpProxyIntegration.method(integration, request))
            .setHeaders(headers);
    return backend
        .call(
            context.requestId(),
            options,
            integration.timeoutMillis(),
            (clientRequest, outcome) -> clientRequest.send(Buffer.buffer(backendBody)))
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
            body -> {
              CompiledResponse selected =
                  context.method().selectResponse(response.statusCode()).orElse(null);
              MappedResponse mapped =
                  ResponseMapper.map(
                      context,
                      selected,
                      response.statusCode(),
                      response.headers(),
                      body.toString());
              return Replies.send(context, mapped);
            });
  }
}
