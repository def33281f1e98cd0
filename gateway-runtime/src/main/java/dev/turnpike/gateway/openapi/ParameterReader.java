package dev.turnpike.gateway.openapi;

import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.state.ParameterMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an integration's {@code requestParameters} and its responses' {@code responseParameters}
 * with the same parser the gateway compiles them with, so what imports also deploys. A malformed
 * mapping is an error; one we read but do not apply (a body source, a mapping on a MOCK or FUNCTION
 * integration, an unknown response source) is a warning and is dropped.
 */
final class ParameterReader {

  private static final List<String> RESPONSE_SOURCES =
      List.of(
          "integration.response.header.",
          "integration.response.multivalueheader.",
          "integration.response.body",
          "stageVariables.",
          "context.");

  private final Problems problems;

  ParameterReader(Problems problems) {
    this.problems = problems;
  }

  Map<String, String> requestParameters(
      String at, IntegrationType type, com.fasterxml.jackson.databind.JsonNode node) {
    Map<String, String> kept = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull() || node.isEmpty()) {
      return kept;
    }
    if (!node.isObject()) {
      problems.error(at, "must map integration.request.* names to sources");
      return kept;
    }
    if (type != IntegrationType.HTTP && type != IntegrationType.HTTP_PROXY) {
      problems.warn(
          at, "request parameters apply to http and http_proxy integrations only; ignored");
      return kept;
    }
    node.fields()
        .forEachRemaining(
            e -> {
              String pointer = Pointers.child(at, e.getKey());
              String from = e.getValue().asText();
              try {
                ParameterMapping.parse(e.getKey(), from, Map.of());
                kept.put(e.getKey(), from);
              } catch (ParameterMapping.UnsupportedSourceException ex) {
                problems.warn(pointer, ex.getMessage() + "; ignored");
              } catch (IllegalArgumentException ex) {
                problems.error(pointer, ex.getMessage());
              }
            });
    return kept;
  }

  Map<String, String> responseParameters(String at, Map<String, String> mappings) {
    Map<String, String> kept = new LinkedHashMap<>();
    mappings.forEach(
        (to, from) -> {
          String pointer = Pointers.child(at, to);
          if (!to.startsWith("method.response.header.")) {
            problems.warn(
                pointer, "only method.response.header.NAME can be mapped; '" + to + "' ignored");
          } else if (!isStatic(from) && RESPONSE_SOURCES.stream().noneMatch(from::startsWith)) {
            problems.warn(
                pointer,
                "unknown source '"
                    + from
                    + "'; use integration.response.header|multivalueheader.NAME,"
                    + " integration.response.body[.JSONPath], stageVariables.NAME, context.NAME"
                    + " or a 'quoted literal'; ignored");
          } else {
            kept.put(to, from);
          }
        });
    return kept;
  }

  private static boolean isStatic(String value) {
    return value != null && value.length() >= 2 && value.startsWith("'") && value.endsWith("'");
  }
}
