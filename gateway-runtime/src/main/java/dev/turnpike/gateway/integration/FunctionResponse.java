package dev.turnpike.gateway.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads a function's Lambda proxy answer, {@code {statusCode, headers, multiValueHeaders, body,
 * isBase64Encoded}}, strictly as Amazon does: anything else (not a JSON object, another field, a
 * status that is not an integer 100..599, a non-string body, header values that are objects, bad
 * base64) is a {@link Malformed} answer, which the gateway answers 502. As in Amazon, {@code
 * headers} and {@code multiValueHeaders} are merged, the multi-value ones winning for a name in
 * both; an {@code isBase64Encoded} body is decoded to bytes.
 */
final class FunctionResponse {
  private FunctionResponse() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS =
      Set.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded");

  /** The answer for the client. */
  record Parsed(int status, MultiMap headers, Buffer body) {}

  /** Why a function's answer is not a Lambda proxy response. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  static Parsed parse(Buffer raw) throws Malformed {
    JsonNode root;
    try {
      root = JSON.readTree(raw.getBytes());
    } catch (java.io.IOException e) {
      throw new Malformed("the answer is not JSON");
    }
    if (root == null || !root.isObject()) {
      throw new Malformed("the answer is not a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new Malformed("unexpected field '" + name + "'");
      }
    }
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    multiValueHeaders(root.path("multiValueHeaders"), headers);
    singleHeaders(root.path("headers"), headers);
    return new Parsed(status(root.path("statusCode")), headers, body(root));
  }

  private static int status(JsonNode node) throws Malformed {
    int status = -1;
    if (node.isIntegralNumber()) {
      status = node.asInt();
    } else if (node.isTextual() && node.asText().matches("\\d{3}")) {
      status = Integer.parseInt(node.asText());
    }
    if (status < 100 || status > 599) {
      throw new Malformed(
          node.isMissingNode()
              ? "statusCode is missing"
              : "statusCode must be an HTTP status 100..599, got " + node);
    }
    return status;
  }

  private static void multiValueHeaders(JsonNode node, MultiMap headers) throws Malformed {
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      throw new Malformed("multiValueHeaders must be an object of arrays");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (!entry.getValue().isArray()) {
        throw new Malformed("multiValueHeaders." + entry.getKey() + " must be an array");
      }
      for (JsonNode value : entry.getValue()) {
        headers.add(entry.getKey(), scalar("multiValueHeaders." + entry.getKey(), value));
      }
    }
  }

  private static void singleHeaders(JsonNode node, MultiMap headers) throws Malformed {
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      throw new Malformed("headers must be an object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String value = scalar("headers." + entry.getKey(), entry.getValue());
      if (!headers.contains(entry.getKey())) {
        headers.set(entry.getKey(), value);
      }
    }
  }

  private static String scalar(String where, JsonNode value) throws Malformed {
    if (!value.isValueNode() || value.isNull()) {
      throw new Malformed(where + " must hold strings, got " + value);
    }
    return value.asText();
  }

  private static Buffer body(JsonNode root) throws Malformed {
    JsonNode body = root.path("body");
    JsonNode base64 = root.path("isBase64Encoded");
    if (!base64.isMissingNode() && !base64.isNull() && !base64.isBoolean()) {
      throw new Malformed("isBase64Encoded must be true or false, got " + base64);
    }
    if (body.isMissingNode() || body.isNull()) {
      return Buffer.buffer();
    }
    if (!body.isTextual()) {
      throw new Malformed("body must be a string (JSON-encode objects), got " + body.getNodeType());
    }
    if (!base64.asBoolean(false)) {
      return Buffer.buffer(body.asText());
    }
    try {
      return Buffer.buffer(java.util.Base64.getDecoder().decode(body.asText().strip()));
    } catch (IllegalArgumentException e) {
      throw new Malformed("body is marked isBase64Encoded but is not base64");
    }
  }
}
