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
 * passes through when there is none, converted as {@code contentHandling} says), request parameter
 * mappings set backend headers, query and path parameters, and the backend answer goes through the
 * integration response selected by its status. Both bodies are buffered (capped) because templates
 * need them whole.
 */
final class HttpIntegration {

  private final BackendCall backend;
  private final long maxBodyBytes;

  HttpIntegration(BackendCall backend, long maxBodyBytes) {
    this.backend = backend;
    this.maxBodyBytes = maxBodyBytes;
  }

  Future<StageResult> invoke(RequestContext context) {
    return WholeBody.then(context, maxBodyBytes, body -> call(context, body.buffer()));
  }

  private Future<StageResult> call(RequestContext context, Buffer clientBody) {
    HttpServerRequest request = context.request();
    CompiledMethod method = context.method();
    Integration integration = method.integration();
    String contentType = request.getHeader("Content-Type");
    RequestMapping mapping = method.requestMapping(contentType);
    if (mapping.unsupported()) {
      return Future.succeededFuture(StageResult.refuse(GatewayError.UNSUPPORTED_MEDIA_TYPE));
    }
    RequestParameters parameters = RequestParameters.resolve(context, method.requestParameters());
    String uri = BackendTargets.uri(context, parameters, request.query());
    if (uri == null) {
      return Future.succeededFuture(StageResult.refuse(GatewayError.INTERNAL));
    }
    boolean binary = context.deployment().binaryMediaTypes().matches(contentType);
    Buffer backendBody =
        mapping.template() == null
            ? Payloads.request(clientBody, binary, integration.contentHandling())
            : Payloads.rendered(
                mapping
                    .template()
                    .render(
                        MappingVariables.forRequest(
                            context, Payloads.templateText(clientBody, binary))),
                integration.contentHandling());
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    headers.set("Content-Type", contentType == null ? "application/json" : contentType);
    headers.set("X-Forwarded-For", MappingVariables.sourceIp(request));
    headers.set("Accept", "application/json");
    parameters.applyHeaders(headers);
    RequestOptions options =
        new RequestOptions()
            .setAbsoluteURI(uri)
            .setMethod(HttpProxyIntegration.method(integration, request))
            .setHeaders(headers);
    if (context.trace().on()) {
      context.trace().add("integration request body", backendBody.toString());
    }
    return backend
        .call(
            context,
            options,
            integration.timeoutMillis(),
            (clientRequest, outcome) -> clientRequest.send(backendBody))
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
              if (context.trace().on()) {
                context.trace().add("integration response body", body.toString());
              }
              CompiledResponse selected =
                  context.method().selectResponse(response.statusCode()).orElse(null);
              MappedResponse mapped =
                  ResponseMapper.map(
                      context, selected, response.statusCode(), response.headers(), body);
              return Replies.send(context, mapped);
            });
  }
}
