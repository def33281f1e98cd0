package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.Stage;
import dev.turnpike.gateway.pipeline.StageResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;

/**
 * The last stage: calls the method's integration (MOCK, HTTP, HTTP_PROXY or FUNCTION), which
 * transforms the request, calls the backend, transforms the answer and responds.
 */
public final class IntegrationStage implements Stage {

  private final MockIntegration mock;
  private final HttpIntegration http;
  private final HttpProxyIntegration proxy;
  private final FunctionIntegration function;

  /**
   * @param client the HTTP client for backends, shared by all requests
   * @param maxBodyBytes the request payload cap (413 past it)
   */
  public IntegrationStage(Vertx vertx, HttpClient client, long maxBodyBytes) {
    BackendCall backend = new BackendCall(vertx, client);
    this.mock = new MockIntegration(maxBodyBytes);
    this.http = new HttpIntegration(backend, maxBodyBytes);
    this.proxy = new HttpProxyIntegration(backend, maxBodyBytes);
    this.function = new FunctionIntegration(backend, maxBodyBytes);
  }

  @Override
  public Future<StageResult> apply(RequestContext context) {
    return switch (context.method().integration().type()) {
      case MOCK -> mock.invoke(context);
      case HTTP -> http.invoke(context);
      case HTTP_PROXY -> proxy.invoke(context);
      case FUNCTION ->
          Future.succeededFuture(
              StageResult.refuse(dev.turnpike.gateway.error.GatewayError.INTERNAL));
    };
  }
}
