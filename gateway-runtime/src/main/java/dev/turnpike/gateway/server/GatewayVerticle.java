package dev.turnpike.gateway.server;

import dev.turnpike.gateway.auth.ApiKeyStage;
import dev.turnpike.gateway.cors.CorsStage;
import dev.turnpike.gateway.integration.IntegrationStage;
import dev.turnpike.gateway.metering.MeterStage;
import dev.turnpike.gateway.pipeline.PayloadLimitStage;
import dev.turnpike.gateway.pipeline.RequestPipeline;
import dev.turnpike.gateway.route.RouteStage;
import dev.turnpike.gateway.state.GatewayState;
import dev.turnpike.gateway.throttle.LimitStage;
import dev.turnpike.gateway.validate.ValidateStage;
import dev.turnpike.usageplans.key.ApiKeyHasher;
import dev.turnpike.usageplans.limit.LimitEnforcer;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.PoolOptions;
import java.util.function.Supplier;

/**
 * Bootstraps one event loop's share of the data plane: an HTTP server, a backend HTTP client and
 * the pipeline wiring. Holds no request logic.
 */
final class GatewayVerticle extends VerticleBase {

  private final GatewayConfig config;
  private final int port;
  private final Supplier<GatewayState> state;
  private final Health health;
  private HttpServer server;
  private HttpClient client;

  GatewayVerticle(GatewayConfig config, int port, Supplier<GatewayState> state, Health health) {
    this.config = config;
    this.port = port;
    this.state = state;
    this.health = health;
  }

  @Override
  public Future<?> start() {
    client =
        vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setDecompressionSupported(false),
            new PoolOptions().setHttp1MaxSize(64));
    RequestPipeline pipeline =
        new RequestPipeline(
            new CorsStage(config.portalOrigins()),
            new PayloadLimitStage(GatewayConfig.MAX_PAYLOAD_BYTES),
            new RouteStage(),
            new ApiKeyStage(new ApiKeyHasher(config.keyHashSecret())),
            new LimitStage(new LimitEnforcer(config.counterStore())),
            new MeterStage(config.meter()),
            new ValidateStage(GatewayConfig.MAX_PAYLOAD_BYTES),
            new IntegrationStage(vertx, client, GatewayConfig.MAX_PAYLOAD_BYTES));
    RequestHandler handler =
        new RequestHandler(
            pipeline,
            state,
            health,
            config.clock(),
            config.traffic(),
            config.accessLogFormat(),
            config.traces());
    server =
        vertx.createHttpServer(
            new HttpServerOptions().setMaxInitialLineLength(8192).setMaxHeaderSize(16384));
    return server.requestHandler(handler).listen(port, config.host()).onSuccess(s -> server = s);
  }

  int actualPort() {
    return server.actualPort();
  }

  @Override
  public Future<?> stop() {
    return server.close().eventually(() -> client.close());
  }
}
