package dev.turnpike.gateway.cors;

import dev.turnpike.gateway.definition.CorsConfiguration;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.Stage;
import dev.turnpike.gateway.pipeline.StageResult;
import dev.turnpike.gateway.route.RouteStage;
import dev.turnpike.gateway.state.CompiledDeployment;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.Optional;

/**
 * CORS, first in the pipeline so that preflights are answered before keys and throttles, and so
 * that every later answer (refusals included) carries the CORS headers. Three cases, for requests
 * with an {@code Origin} header:
 *
 * <ul>
 *   <li>The API has its own CORS configuration ({@link CorsConfiguration}): the gateway answers
 *       preflights and decorates responses as Amazon's HTTP APIs do; the integration's own CORS
 *       headers are ignored. A disallowed origin gets no CORS headers.
 *   <li>The origin is a trusted portal's ({@link PortalOrigins}): {@link PortalCors}, unless the
 *       API answers preflights for that path with an OPTIONS method of its own.
 *   <li>Otherwise nothing: an OPTIONS preflight is routed like any method, as in Amazon's REST
 *       APIs, where authors add an OPTIONS method (often a MOCK) with Access-Control-* headers.
 * </ul>
 */
public final class CorsStage implements Stage {

  private final PortalOrigins portalOrigins;

  public CorsStage(PortalOrigins portalOrigins) {
    this.portalOrigins = portalOrigins == null ? PortalOrigins.none() : portalOrigins;
  }

  @Override
  public Future<StageResult> apply(RequestContext context) {
    HttpServerRequest request = context.request();
    String origin = request.getHeader(CorsHeaders.ORIGIN);
    if (origin == null) {
      return next();
    }
    Optional<CompiledDeployment> deployment = RouteStage.locate(context);
    CorsConfiguration own = deployment.map(d -> d.deployment().api().cors()).orElse(null);
    boolean preflight =
        request.method() == HttpMethod.OPTIONS
            && request.getHeader(CorsHeaders.REQUEST_METHOD) != null;
    if (own != null) {
      if (preflight) {
        return ApiCors.preflight(context, own, origin);
      }
      ApiCors.decorate(context, own, origin);
      return next();
    }
    if (!portalOrigins.contains(origin)) {
      return next();
    }
    if (preflight && deployment.isPresent()) {
      Optional<String> methods = PortalCors.methodsForPreflight(deployment.get(), context);
      if (methods.isPresent()) {
        return PortalCors.preflight(context, origin, methods.get());
      }
      return next(); // the API answers preflights on this path with an OPTIONS method of its own
    }
    PortalCors.decorate(context, origin);
    return next();
  }

  private static Future<StageResult> next() {
    return Future.succeededFuture(StageResult.NEXT);
  }
}
