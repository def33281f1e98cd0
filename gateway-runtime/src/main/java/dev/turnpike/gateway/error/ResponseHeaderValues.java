package dev.turnpike.gateway.error;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.state.StaticValues;

/**
 * Resolves a gateway response header mapping as Amazon does: {@code 'static'}, {@code
 * method.request.header.X}, {@code method.request.querystring.X}, {@code method.request.path.X},
 * {@code stageVariables.X}, or {@code context.requestId|apiId|stage|httpMethod|path}. Anything else
 * (or an absent value) gives null and the header is left out.
 */
final class ResponseHeaderValues {
  private ResponseHeaderValues() {}

  static String resolve(String mapping, RequestContext context) {
    if (mapping == null) {
      return null;
    }
    if (StaticValues.isStatic(mapping)) {
      return StaticValues.unquote(mapping);
    }
    String header = after(mapping, "method.request.header.");
    if (header != null) {
      return context.request().getHeader(header);
    }
    String query = after(mapping, "method.request.querystring.");
    if (query != null) {
      return context.request().params().get(query);
    }
    String path = after(mapping, "method.request.path.");
    if (path != null) {
      return context.pathParameters().get(path);
    }
    String stageVariable = after(mapping, "stageVariables.");
    if (stageVariable != null) {
      return context.deployment() == null
          ? null
          : context.deployment().deployment().stageVariables().get(stageVariable);
    }
    return switch (mapping) {
      case "context.requestId" -> context.requestId();
      case "context.apiId" -> context.apiId();
      case "context.stage" -> context.stage();
      case "context.httpMethod" -> context.request().method().name();
      case "context.path" -> context.contextPath();
      default -> null;
    };
  }

  private static String after(String mapping, String prefix) {
    return mapping.startsWith(prefix) ? mapping.substring(prefix.length()) : null;
  }
}
