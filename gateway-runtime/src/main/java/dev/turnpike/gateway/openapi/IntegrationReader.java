package dev.turnpike.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.turnpike.gateway.definition.ContentHandling;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationResponse;
import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.state.BackendTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one {@code x-amazon-apigateway-integration} (or {@code x-turnpike-integration}) object.
 * Returns empty when the integration cannot be used: an error (bad value) or a warning (a type we
 * do not support yet) is recorded with its pointer. Amazon's {@code aws_proxy} (ours: {@code
 * function}) becomes a FUNCTION integration; with a Lambda ARN uri it is kept, with a warning,
 * since only an http(s) function URL can be invoked here.
 */
final class IntegrationReader {

  private static final List<String> UNSUPPORTED_TYPES = List.of("aws");
  private static final List<String> NOT_APPLIED_YET = List.of("cacheKeyParameters", "connectionId");

  private final Problems problems;
  private final ParameterReader parameters;

  IntegrationReader(Problems problems) {
    this.problems = problems;
    this.parameters = new ParameterReader(problems);
  }

  Optional<Integration> read(String at, JsonNode node) {
    if (!node.isObject()) {
      problems.error(at, "must be an object with at least 'type'");
      return Optional.empty();
    }
    Optional<IntegrationType> type = type(at, node.path("type"));
    if (type.isEmpty()) {
      return Optional.empty();
    }
    String uri = text(node, "uri");
    if (!usableUri(at, type.get(), uri)) {
      return Optional.empty();
    }
    warnNotApplied(at, node);
    int errorsBefore = problems.errors.size();
    Integration integration =
        new Integration(
            type.get(),
            uri,
            text(node, "httpMethod"),
            stringMap(Pointers.child(at, "requestTemplates"), node.path("requestTemplates")),
            responses(Pointers.child(at, "responses"), node.path("responses")),
            timeout(Pointers.child(at, "timeoutInMillis"), node.path("timeoutInMillis")),
            passthrough(
                Pointers.child(at, "passthroughBehavior"), text(node, "passthroughBehavior")),
            parameters.requestParameters(
                Pointers.child(at, "requestParameters"),
                type.get(),
                node.path("requestParameters")),
            contentHandling(Pointers.child(at, "contentHandling"), text(node, "contentHandling")));
    return problems.errors.size() == errorsBefore ? Optional.of(integration) : Optional.empty();
  }

  /**
   * An http(s) uri, or one built from stage variables (checked per deployment). A FUNCTION's Lambda
   * ARN is kept with a warning: the method is imported and answers 500 until given a URL.
   */
  private boolean usableUri(String at, IntegrationType type, String uri) {
    if (type == IntegrationType.MOCK
        || BackendTarget.usesStageVariables(uri)
        || (uri != null && uri.matches("(?i)https?://.+"))) {
      return true;
    }
    String pointer = Pointers.child(at, "uri");
    if (type == IntegrationType.FUNCTION && BackendTarget.isLambdaArn(uri)) {
      problems.warn(
          pointer,
          "an AWS Lambda ARN cannot be invoked by this gateway; the method is imported but answers"
              + " 500 until the uri is the function's http(s) URL, e.g."
              + " https://${stageVariables.functionHost}/invoke with that stage variable set");
      return true;
    }
    problems.error(
        pointer,
        "a "
            + type.name().toLowerCase(Locale.ROOT)
            + " integration needs an absolute "
            + "http(s) uri such as https://backend.example.com/pets/{id}");
    return false;
  }

  private String contentHandling(String at, String value) {
    try {
      return ContentHandling.normalise(value);
    } catch (IllegalArgumentException e) {
      problems.error(at, e.getMessage());
      return null;
    }
  }

  private Optional<IntegrationType> type(String at, JsonNode node) {
    String pointer = Pointers.child(at, "type");
    String type = node.isTextual() ? node.asText().toLowerCase(Locale.ROOT) : "";
    switch (type) {
      case "mock":
        return Optional.of(IntegrationType.MOCK);
      case "http":
        return Optional.of(IntegrationType.HTTP);
      case "http_proxy":
        return Optional.of(IntegrationType.HTTP_PROXY);
      case "aws_proxy", "function":
        return Optional.of(IntegrationType.FUNCTION);
      default:
        if (UNSUPPORTED_TYPES.contains(type)) {
          problems.warn(
              pointer,
              "integration type '"
                  + type
                  + "' is not supported yet; this operation was not"
                  + " imported (use mock, http, http_proxy or aws_proxy)");
        } else {
          problems.error(
              pointer,
              "integration type must be one of mock, http, http_proxy, aws_proxy; got '"
                  + node.asText()
                  + "'");
        }
        return Optional.empty();
    }
  }

  private List<IntegrationResponse> responses(String at, JsonNode node) {
    List<IntegrationResponse> responses = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return responses;
    }
    if (!node.isObject()) {
      problems.error(at, "must map selection patterns to responses");
      return responses;
    }
    node.fields()
        .forEachRemaining(
            entry -> {
              String pointer = Pointers.child(at, entry.getKey());
              String pattern = "default".equals(entry.getKey()) ? null : entry.getKey();
              if (pattern != null && !validPattern(pointer, pattern)) {
                return;
              }
              JsonNode status = entry.getValue().path("statusCode");
              int code = status.isNumber() ? status.asInt() : parseStatus(status.asText());
              if (code < 100 || code > 599) {
                problems.error(
                    Pointers.child(pointer, "statusCode"),
                    "statusCode must be an HTTP status 100..599, got '" + status.asText() + "'");
                return;
              }
              responses.add(
                  new IntegrationResponse(
                      pattern,
                      code,
                      stringMap(
                          Pointers.child(pointer, "responseTemplates"),
                          entry.getValue().path("responseTemplates")),
                      parameters.responseParameters(
                          Pointers.child(pointer, "responseParameters"),
                          stringMap(
                              Pointers.child(pointer, "responseParameters"),
                              entry.getValue().path("responseParameters"))),
                      contentHandling(
                          Pointers.child(pointer, "contentHandling"),
                          text(entry.getValue(), "contentHandling"))));
            });
    return responses;
  }

  private boolean validPattern(String pointer, String pattern) {
    try {
      Pattern.compile(pattern);
      return true;
    } catch (PatternSyntaxException e) {
      problems.error(
          pointer, "selection pattern is not a valid regular expression: " + e.getDescription());
      return false;
    }
  }

  private int timeout(String at, JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Integration.DEFAULT_TIMEOUT_MILLIS;
    }
    int millis = node.isNumber() ? node.asInt() : parseStatus(node.asText());
    if (millis < 50 || millis > Integration.DEFAULT_TIMEOUT_MILLIS) {
      problems.error(at, "timeoutInMillis must be 50..29000, got '" + node.asText() + "'");
    }
    return millis;
  }

  Map<String, String> stringMap(String at, JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return map;
    }
    if (!node.isObject()) {
      problems.error(at, "must be an object of strings");
      return map;
    }
    node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }

  private void warnNotApplied(String at, JsonNode node) {
    for (String field : NOT_APPLIED_YET) {
      if (node.has(field) && !node.get(field).isEmpty()) {
        problems.warn(Pointers.child(at, field), "'" + field + "' is not applied yet; ignored");
      }
    }
  }

  private String passthrough(String at, String value) {
    if (value == null) {
      return null;
    }
    String upper = value.trim().toUpperCase(Locale.ROOT);
    if (!List.of(Integration.WHEN_NO_MATCH, Integration.WHEN_NO_TEMPLATES, Integration.NEVER)
        .contains(upper)) {
      problems.error(
          at,
          "passthroughBehavior must be when_no_match, when_no_templates or never, got '"
              + value
              + "'");
      return null;
    }
    return upper;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static int parseStatus(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
