package dev.turnpike.gateway.cors;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.StageResult;
import dev.turnpike.gateway.route.RouteMatch;
import dev.turnpike.gateway.state.CompiledDeployment;
import dev.turnpike.gateway.state.CompiledMethod;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CORS for a trusted portal's origin on an API that configured none: preflights are answered with
 * the methods the route table has for the path and the headers asked for (always including {@code
 * x-api-key} and {@code Content-Type}), cached a modest {@link #MAX_AGE_SECONDS}; responses,
 * gateway refusals included, are readable by the portal's script, with all their headers exposed.
 * No credentials: the console sends the key in a header, never cookies.
 */
final class PortalCors {

  static final int MAX_AGE_SECONDS = 600;

  private static final List<String> METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private PortalCors() {}

  /**
   * The methods to announce for the request's path, comma-separated; empty when the API has an
   * OPTIONS method of its own there (it answers its preflights) or no method at all (the route
   * stage refuses it, with CORS headers).
   */
  static Optional<String> methodsForPreflight(
      CompiledDeployment deployment, RequestContext context) {
    Set<String> methods = new LinkedHashSet<>();
    for (String method : METHODS) {
      Optional<RouteMatch<CompiledMethod>> match =
          deployment.routes().match(method, context.stagePath());
      if (match.isPresent()) {
        if ("OPTIONS".equals(method)
            && "OPTIONS".equals(match.get().target().definition().httpMethod())) {
          return Optional.empty();
        }
        methods.add(method);
      }
    }
    return methods.isEmpty() ? Optional.empty() : Optional.of(String.join(",", methods));
  }

  static Future<StageResult> preflight(RequestContext context, String origin, String methods) {
    Set<String> headers = new LinkedHashSet<>(List.of("x-api-key", "content-type"));
    headers.addAll(CorsHeaders.requested(context.request().getHeader(CorsHeaders.REQUEST_HEADERS)));
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put(CorsHeaders.ALLOW_ORIGIN, origin);
    answer.put(CorsHeaders.ALLOW_METHODS, methods);
    answer.put(CorsHeaders.ALLOW_HEADERS, String.join(",", headers));
    answer.put(CorsHeaders.MAX_AGE, Integer.toString(MAX_AGE_SECONDS));
    answer.put(CorsHeaders.VARY, CorsHeaders.ORIGIN);
    return Preflight.answer(context, answer);
  }

  /**
   * Makes the answer readable by the portal, unless the API's own mapping already set {@code
   * Access-Control-Allow-Origin} (its author decides then).
   */
  static void decorate(RequestContext context, String origin) {
    MultiMap headers = context.request().response().headers();
    context.beforeHeaders(
        () -> {
          if (headers.contains(CorsHeaders.ALLOW_ORIGIN)) {
            return;
          }
          String exposed = CorsHeaders.exposable(headers);
          headers.set(CorsHeaders.ALLOW_ORIGIN, origin);
          CorsHeaders.varyOnOrigin(headers);
          if (!exposed.isEmpty()) {
            headers.set(CorsHeaders.EXPOSE_HEADERS, exposed);
          }
        });
  }
}
