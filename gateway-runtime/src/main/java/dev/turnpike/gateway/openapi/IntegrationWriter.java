package dev.turnpike.gateway.openapi;

import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationResponse;
import dev.turnpike.gateway.definition.IntegrationType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an {@link Integration} as the object of {@code x-amazon-apigateway-integration} (or {@code
 * x-turnpike-integration}), in the field order and value shapes of Amazon's own export: lower-case
 * type ({@code aws_proxy} for a function in Amazon's flavour, {@code function} in ours) and
 * passthrough behaviour, status codes as strings, {@code default} for the response without a
 * selection pattern. Maps keyed by content type or parameter are sorted so that two exports of one
 * definition are the same text.
 */
final class IntegrationWriter {

  Map<String, Object> write(Integration integration, ExportFlavour flavour) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", type(integration, flavour));
    putIfPresent(out, "httpMethod", integration.httpMethod());
    putIfPresent(out, "uri", integration.uri());
    putSorted(out, "requestParameters", integration.requestParameters());
    putSorted(out, "requestTemplates", integration.requestTemplates());
    if (!integration.responses().isEmpty()) {
      // In the definition's order: the first matching selection pattern wins.
      out.put("responses", responses(integration));
    }
    out.put("passthroughBehavior", integration.passthroughBehavior().toLowerCase(Locale.ROOT));
    putIfPresent(out, "contentHandling", integration.contentHandling());
    out.put("timeoutInMillis", integration.timeoutMillis());
    return out;
  }

  /** Amazon calls a function integration {@code aws_proxy}; we call it {@code function}. */
  private static String type(Integration integration, ExportFlavour flavour) {
    if (integration.type() == IntegrationType.FUNCTION && flavour == ExportFlavour.AWS) {
      return "aws_proxy";
    }
    return integration.type().name().toLowerCase(Locale.ROOT);
  }

  private static Map<String, Object> responses(Integration integration) {
    Map<String, Object> responses = new LinkedHashMap<>();
    for (IntegrationResponse response : integration.responses()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("statusCode", String.valueOf(response.statusCode()));
      putSorted(out, "responseParameters", response.responseParameters());
      putSorted(out, "responseTemplates", response.responseTemplates());
      putIfPresent(out, "contentHandling", response.contentHandling());
      responses.put(response.isDefault() ? "default" : response.selectionPattern(), out);
    }
    return responses;
  }

  static void putIfPresent(Map<String, Object> out, String key, Object value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  /** Puts a sorted copy of {@code map} unless it is empty (the definition's maps are unordered). */
  static void putSorted(Map<String, Object> out, String key, Map<String, ?> map) {
    if (map != null && !map.isEmpty()) {
      out.put(key, new TreeMap<>(map));
    }
  }
}
