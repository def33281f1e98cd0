package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.transform.InputVariable;
import dev.turnpike.gateway.transform.TemplateVariables;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
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

  /** Variables whose {@code $input} is a backend's answer (body and headers). */
  static TemplateVariables forResponse(RequestContext context, String body, MultiMap headers) {
    InputVariable input =
        new InputVariable(body, context.pathParameters(), Map.of(), firstValues(headers));
    return new TemplateVariables(
        input, contextMap(context), context.deployment().deployment().stageVariables());
  }

  static Map<String, Object> contextMap(RequestContext context) {
    Map<String, Object> identity = new HashMap<>();
    identity.put("sourceIp", sourceIp(context.request()));
    identity.put("apiKey", context.apiKeyValue() == null ? "" : context.apiKeyValue());
    identity.put("apiKeyId", context.apiKey() == null ? "" : context.apiKey().keyId());
    identity.put("userAgent", valueOrEmpty(context.request().getHeader("User-Agent")));
    Map<String, Object> map = new HashMap<>();
    map.put("requestId", context.requestId());
    map.put("httpMethod", context.request().method().name());
    map.put("resourcePath", context.method().definition().resourcePath());
    map.put("path", context.request().path());
    map.put("stage", context.stage());
    map.put("apiId", context.apiId());
    map.put("deploymentId", valueOrEmpty(context.deployment().deployment().deploymentId()));
    map.put("requestTimeEpoch", context.receivedAt().toEpochMilli());
    map.put("identity", identity);
    return map;
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
