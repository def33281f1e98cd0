package dev.turnpike.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.turnpike.gateway.definition.CorsConfiguration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads and writes the API-level CORS configuration, Amazon's {@code x-amazon-apigateway-cors}
 * (ours: {@code x-turnpike-cors}), with the fields and limits Amazon has: origins are {@code
 * scheme://host[:port]} or {@code *}, {@code maxAge} is 0..86400 seconds, and credentials cannot be
 * allowed for any origin ({@code *}), which browsers refuse anyway.
 */
final class CorsExtension {

  static final int MAX_AGE_LIMIT = 86_400;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS =
      Set.of(
          "allowOrigins",
          "allowMethods",
          "allowHeaders",
          "exposeHeaders",
          "maxAge",
          "allowCredentials");
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

  private CorsExtension() {}

  /** The configuration in the document's root extensions, null when absent or wrong. */
  static CorsConfiguration read(Map<String, Object> root, Problems problems) {
    Object raw = Extensions.get(root, Extensions.CORS);
    if (raw == null) {
      return null;
    }
    String at = "/" + Extensions.nameIn(root, Extensions.CORS);
    JsonNode node = JSON.valueToTree(raw);
    if (!node.isObject()) {
      problems.error(at, "must be an object with allowOrigins, allowMethods, allowHeaders, ...");
      return null;
    }
    int before = problems.errors.size();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        problems.warn(Pointers.child(at, name), "'" + name + "' is not a CORS field; ignored");
      }
    }
    List<String> origins =
        list(
            node,
            at,
            "allowOrigins",
            CorsExtension::origin,
            "an origin scheme://host[:port] such as https://app.example.com (no path)",
            problems);
    List<String> methods =
        list(
            node,
            at,
            "allowMethods",
            m -> METHODS.contains(m.toUpperCase(Locale.ROOT)),
            "an HTTP method (" + String.join(", ", new java.util.TreeSet<>(METHODS)) + ")",
            problems);
    List<String> headers =
        list(node, at, "allowHeaders", h -> h.matches(TOKEN), "a header name", problems);
    List<String> expose =
        list(node, at, "exposeHeaders", h -> h.matches(TOKEN), "a header name", problems);
    Integer maxAge = maxAge(node, at, problems);
    boolean credentials = credentials(node, at, problems, origins);
    if (origins.isEmpty() && problems.errors.size() == before) {
      problems.warn(
          Pointers.child(at, "allowOrigins"),
          "no origin is allowed, so browsers get no CORS headers; list origins or '*'");
    }
    if (problems.errors.size() > before) {
      return null;
    }
    return new CorsConfiguration(origins, upper(methods), headers, expose, maxAge, credentials);
  }

  /**
   * The extension's value as written on export (fields in Amazon's order, empty lists left out).
   */
  static Map<String, Object> write(CorsConfiguration cors) {
    Map<String, Object> out = new LinkedHashMap<>();
    putList(out, "allowOrigins", cors.allowOrigins());
    putList(out, "allowMethods", cors.allowMethods());
    putList(out, "allowHeaders", cors.allowHeaders());
    putList(out, "exposeHeaders", cors.exposeHeaders());
    IntegrationWriter.putIfPresent(out, "maxAge", cors.maxAge());
    if (cors.allowCredentials()) {
      out.put("allowCredentials", true);
    }
    return out;
  }

  private static void putList(Map<String, Object> out, String name, List<String> values) {
    if (!values.isEmpty()) {
      out.put(name, values);
    }
  }

  private static boolean origin(String value) {
    return value.matches("(?i)https?://[^/\\s?#]+");
  }

  private static List<String> upper(List<String> methods) {
    return methods.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList();
  }

  /** A list of strings, each {@code *} or accepted by {@code valid}; wrong entries are errors. */
  private static List<String> list(
      JsonNode node,
      String at,
      String name,
      Predicate<String> valid,
      String expected,
      Problems problems) {
    List<String> values = new ArrayList<>();
    JsonNode list = node.get(name);
    if (list == null || list.isNull()) {
      return values;
    }
    String where = Pointers.child(at, name);
    if (!list.isArray()) {
      problems.error(where, "must be a list, e.g. [\"*\"]");
      return values;
    }
    for (int i = 0; i < list.size(); i++) {
      String value = list.get(i).isTextual() ? list.get(i).asText().trim() : "";
      if (CorsConfiguration.ANY.equals(value) || valid.test(value)) {
        values.add(value);
      } else {
        problems.error(
            Pointers.child(where, Integer.toString(i)),
            "'" + list.get(i).asText() + "' is not '*' or " + expected);
      }
    }
    return values;
  }

  private static Integer maxAge(JsonNode node, String at, Problems problems) {
    JsonNode value = node.get("maxAge");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToInt()
        || !value.isIntegralNumber()
        || value.asInt() < 0
        || value.asInt() > MAX_AGE_LIMIT) {
      problems.error(
          Pointers.child(at, "maxAge"),
          "'" + value + "' is not a number of seconds from 0 to " + MAX_AGE_LIMIT);
      return null;
    }
    return value.asInt();
  }

  private static boolean credentials(
      JsonNode node, String at, Problems problems, List<String> origins) {
    JsonNode value = node.get("allowCredentials");
    if (value == null || value.isNull()) {
      return false;
    }
    String where = Pointers.child(at, "allowCredentials");
    if (!value.isBoolean()) {
      problems.error(where, "'" + value + "' is not true or false");
      return false;
    }
    if (value.asBoolean() && origins.contains(CorsConfiguration.ANY)) {
      problems.error(
          where,
          "cannot be true while allowOrigins contains '*' (browsers refuse credentials for any"
              + " origin); list the origins instead");
    }
    return value.asBoolean();
  }
}
