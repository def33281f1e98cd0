package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.transform.InputVariable;
import dev.turnpike.gateway.transform.TemplateVariables;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the variables of a mapping template from a request. */
final class MappingVariables {
  private MappingVariables() {}

  /** Variables whose {@code $input} is the client's request with the given body. */
  static TemplateVariables forRequest(RequestContext context, String body) {
    HttpServerRequest request = context.request();
    InputVariable input =
        new InputVariable(
            body,
            context.pathParameters(),
            firstValues(request.params()),
            firstValues(request.headers()));
    return new TemplateVariables(
        input, contextMap(context), context.deployment().deployment().stageVariables());
  }

  /**
   * Variables whose {@code $input} body is a backend's answer; as in Amazon, {@code
   * $input.params()} still names the method request's parameters (path, query string, headers).
   */
  static TemplateVariables forResponse(RequestContext context, String body) {
    HttpServerRequest request = context.request();
    InputVariable input =
        new InputVariable(
            body,
            context.pathParameters(),
            firstValues(request.params()),
            firstValues(request.headers()));
    return new TemplateVariables(
        input, contextMap(context), context.deployment().deployment().stageVariables());
  }

  /**
   * {@code $context}: request and extended request ids, method, resource path and a stable resource
   * id, path, stage, API, account (the tenant), request time (text and epoch millis), protocol,
   * domain, identity (source IP, user agent, API key and its id), authorizer (empty until
   * authorizers exist) and error (empty outside gateway responses).
   */
  static Map<String, Object> contextMap(RequestContext context) {
    Map<String, Object> identity = new HashMap<>();
    identity.put("sourceIp", sourceIp(context.request()));
    identity.put("apiKey", context.apiKeyValue() == null ? "" : context.apiKeyValue());
    identity.put("apiKeyId", context.apiKey() == null ? "" : context.apiKey().keyId());
    identity.put("userAgent", valueOrEmpty(context.request().getHeader("User-Agent")));
    Map<String, Object> map = new HashMap<>();
    HttpServerRequest request = context.request();
    String resourcePath = context.method().definition().resourcePath();
    map.put("requestId", context.requestId());
    map.put("extendedRequestId", context.requestId());
    map.put("resourceId", resourceId(context.apiId(), resourcePath));
    map.put("accountId", context.deployment().tenantId());
    map.put("requestTime", TemplateVariables.requestTime(context.receivedAt()));
    map.put("protocol", protocol(request.version()));
    map.put(
        "domainName",
        valueOrEmpty(request.authority() == null ? null : request.authority().host()));
    map.put("authorizer", new HashMap<String, Object>());
    map.put("error", new HashMap<String, Object>());
    map.put("httpMethod", context.request().method().name());
    map.put("resourcePath", resourcePath);
    map.put("path", context.contextPath());
    map.put("stage", context.stage());
    map.put("apiId", context.apiId());
    map.put("deploymentId", valueOrEmpty(context.deployment().deployment().deploymentId()));
    map.put("requestTimeEpoch", context.receivedAt().toEpochMilli());
    map.put("identity", identity);
    return map;
  }

  /** A dotted {@code $context} value ({@code identity.sourceIp}) as text, or null. */
  @SuppressWarnings("unchecked")
  static String contextValue(Map<String, Object> contextMap, String dotted) {
    Object value = contextMap;
    for (String part : dotted.split("\\.")) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = ((Map<String, Object>) map).get(part);
    }
    return value == null ? null : value.toString();
  }

  /** A short id for a resource, stable across deployments (Amazon's are random, ours derived). */
  static String resourceId(String apiId, String resourcePath) {
    return Integer.toString((apiId + " " + resourcePath).hashCode() & 0x7fffffff, 36);
  }

  private static String protocol(HttpVersion version) {
    return switch (version) {
      case HTTP_1_0 -> "HTTP/1.0";
      case HTTP_2 -> "HTTP/2.0";
      default -> "HTTP/1.1";
    };
  }

  static String sourceIp(HttpServerRequest request) {
    return request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
  }

  private static Map<String, String> firstValues(MultiMap multiMap) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : multiMap) {
      values.putIfAbsent(entry.getKey(), entry.getValue());
    }
    return values;
  }

  private static String valueOrEmpty(String value) {
    return value == null ? "" : value;
  }
}
