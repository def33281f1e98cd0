package dev.turnpike.gateway.cors;

import dev.turnpike.gateway.definition.CorsConfiguration;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.StageResult;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An API's own CORS configuration applied as Amazon's HTTP APIs do: preflights answered by the
 * gateway (204), actual responses given {@code Access-Control-Allow-Origin}, {@code
 * Access-Control-Expose-Headers} and {@code Vary: Origin}, and the integration's own CORS headers
 * dropped. An origin that is not allowed gets no CORS headers at all, so the browser blocks it.
 */
final class ApiCors {

  private ApiCors() {}

  static Future<StageResult> preflight(
      RequestContext context, CorsConfiguration cors, String origin) {
    HttpServerRequest request = context.request();
    String method = request.getHeader(CorsHeaders.REQUEST_METHOD).trim().toUpperCase(Locale.ROOT);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CorsHeaders.VARY, CorsHeaders.ORIGIN);
    if (!cors.allowsOrigin(origin) || !cors.allowsMethod(method)) {
      return Preflight.answer(context, headers);
    }
    headers.put(CorsHeaders.ALLOW_ORIGIN, allowOrigin(cors, origin));
    headers.put(
        CorsHeaders.ALLOW_METHODS,
        cors.allowMethods().contains(CorsConfiguration.ANY)
            ? method
            : String.join(",", cors.allowMethods()));
    String requested =
        String.join(",", CorsHeaders.requested(request.getHeader(CorsHeaders.REQUEST_HEADERS)));
    String allowHeaders =
        cors.allowHeaders().contains(CorsConfiguration.ANY)
            ? requested
            : String.join(",", cors.allowHeaders());
    if (!allowHeaders.isEmpty()) {
      headers.put(CorsHeaders.ALLOW_HEADERS, allowHeaders);
    }
    if (cors.maxAge() != null) {
      headers.put(CorsHeaders.MAX_AGE, Integer.toString(cors.maxAge()));
    }
    if (cors.allowCredentials()) {
      headers.put(CorsHeaders.ALLOW_CREDENTIALS, "true");
    }
    return Preflight.answer(context, headers);
  }

  /** Sets the CORS headers of whatever answer this request gets, just before it is sent. */
  static void decorate(RequestContext context, CorsConfiguration cors, String origin) {
    MultiMap headers = context.request().response().headers();
    context.beforeHeaders(
        () -> {
          CorsHeaders.removeAll(headers);
          CorsHeaders.varyOnOrigin(headers);
          if (!cors.allowsOrigin(origin)) {
            return;
          }
          headers.set(CorsHeaders.ALLOW_ORIGIN, allowOrigin(cors, origin));
          if (!cors.exposeHeaders().isEmpty()) {
            headers.set(CorsHeaders.EXPOSE_HEADERS, String.join(",", cors.exposeHeaders()));
          }
          if (cors.allowCredentials()) {
            headers.set(CorsHeaders.ALLOW_CREDENTIALS, "true");
          }
        });
  }

  private static String allowOrigin(CorsConfiguration cors, String origin) {
    return cors.anyOrigin() && !cors.allowCredentials() ? CorsConfiguration.ANY : origin;
  }
}
