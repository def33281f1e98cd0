package dev.turnpike.gateway.integration;

import dev.turnpike.gateway.pipeline.RequestContext;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon's Lambda proxy integration input, payload format version 1.0, as documented for REST APIs:
 * {@code resource, path, httpMethod, headers, multiValueHeaders, queryStringParameters,
 * multiValueQueryStringParameters, pathParameters, stageVariables, requestContext, body,
 * isBase64Encoded}. As in Amazon, the single-value maps hold a name's last value, empty maps are
 * {@code null}, and a body whose content type is a binary media type is base64-encoded with {@code
 * isBase64Encoded: true}.
 */
final class FunctionEvent {
  private FunctionEvent() {}

  /** What the event is made of, taken from a request (kept apart so it can be tested alone). */
  record Request(
      String resource,
      String path,
      String httpMethod,
      MultiMap headers,
      MultiMap query,
      Map<String, String> pathParameters,
      Map<String, String> stageVariables,
      Map<String, Object> requestContext,
      Buffer body,
      boolean binary) {}

  static Request from(RequestContext context, Buffer body) {
    return new Request(
        context.method().definition().resourcePath(),
        decodedStagePath(context),
        context.request().method().name(),
        context.request().headers(),
        context.request().params(),
        context.pathParameters(),
        context.deployment().deployment().stageVariables(),
        requestContext(context),
        body,
        context
            .deployment()
            .binaryMediaTypes()
            .matches(context.request().getHeader("Content-Type")));
  }

  static JsonObject toJson(Request request) {
    boolean hasBody = request.body() != null && request.body().length() > 0;
    return new JsonObject()
        .put("resource", request.resource())
        .put("path", request.path())
        .put("httpMethod", request.httpMethod())
        .put("headers", lastValues(request.headers()))
        .put("multiValueHeaders", allValues(request.headers()))
        .put("queryStringParameters", lastValues(request.query()))
        .put("multiValueQueryStringParameters", allValues(request.query()))
        .put("pathParameters", orNull(request.pathParameters()))
        .put("stageVariables", orNull(request.stageVariables()))
        .put("requestContext", new JsonObject(request.requestContext()))
        .put(
            "body",
            !hasBody
                ? null
                : request.binary() ? Payloads.base64(request.body()) : request.body().toString())
        .put("isBase64Encoded", hasBody && request.binary());
  }

  /** {@code requestContext}: the {@code $context} values, with Amazon's identity fields. */
  private static Map<String, Object> requestContext(RequestContext context) {
    Map<String, Object> map = new LinkedHashMap<>(MappingVariables.contextMap(context));
    map.remove("error");
    map.remove("authorizer");
    String host = (String) map.get("domainName");
    map.put("domainPrefix", host == null ? "" : host.split("\\.", 2)[0]);
    @SuppressWarnings("unchecked")
    Map<String, Object> identity = new HashMap<>((Map<String, Object>) map.get("identity"));
    for (String absent :
        List.of(
            "accessKey",
            "accountId",
            "caller",
            "cognitoAuthenticationProvider",
            "cognitoAuthenticationType",
            "cognitoIdentityId",
            "cognitoIdentityPoolId",
            "principalOrgId",
            "user",
            "userArn",
            "clientCert")) {
      identity.put(absent, null);
    }
    identity.replaceAll((k, v) -> "".equals(v) ? null : v);
    map.put("identity", identity);
    return map;
  }

  private static String decodedStagePath(RequestContext context) {
    return java.net.URLDecoder.decode(
        context.stagePath().replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static JsonObject lastValues(MultiMap values) {
    if (values.isEmpty()) {
      return null;
    }
    JsonObject out = new JsonObject();
    for (Map.Entry<String, String> entry : values) {
      out.put(entry.getKey(), entry.getValue());
    }
    return out;
  }

  private static JsonObject allValues(MultiMap values) {
    if (values.isEmpty()) {
      return null;
    }
    JsonObject out = new JsonObject();
    for (Map.Entry<String, String> entry : values) {
      JsonArray list = out.getJsonArray(entry.getKey());
      if (list == null) {
        list = new JsonArray();
        out.put(entry.getKey(), list);
      }
      list.add(entry.getValue());
    }
    return out;
  }

  private static JsonObject orNull(Map<String, String> values) {
    return values.isEmpty() ? null : new JsonObject(new LinkedHashMap<>(values));
  }
}
