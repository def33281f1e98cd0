package dev.turnpike.gateway.transform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The variables one rendering sees: {@code $input}, {@code $context}, {@code $stageVariables} and
 * {@code $util}. {@code context} is a nested map ({@code requestId}, {@code httpMethod}, {@code
 * resourcePath}, {@code stage}, {@code identity.sourceIp}, {@code identity.apiKey}, ...).
 */
public record TemplateVariables(
    InputVariable input, Map<String, Object> context, Map<String, String> stageVariables) {

  /** Amazon's {@code $context.requestTime} format: {@code 25/Nov/2026:19:52:13 +0000}. */
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** {@code $context.requestTime} of a request received at {@code at}. */
  public static String requestTime(Instant at) {
    return REQUEST_TIME.format(at);
  }

  Map<String, Object> asMap() {
    Map<String, Object> map = new HashMap<>();
    map.put("input", input);
    map.put("context", context);
    map.put("stageVariables", stageVariables);
    map.put("util", UtilVariable.INSTANCE);
    return map;
  }
}
