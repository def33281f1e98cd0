package dev.turnpike.gateway.transform;

import java.util.HashMap;
import java.util.Map;

/**
 * The variables one rendering sees: {@code $input}, {@code $context}, {@code $stageVariables} and
 * {@code $util}. {@code context} is a nested map ({@code requestId}, {@code httpMethod}, {@code
 * resourcePath}, {@code stage}, {@code identity.sourceIp}, {@code identity.apiKey}, ...).
 */
public record TemplateVariables(
    InputVariable input, Map<String, Object> context, Map<String, String> stageVariables) {

  Map<String, Object> asMap() {
    Map<String, Object> map = new HashMap<>();
    map.put("input", input);
    map.put("context", context);
    map.put("stageVariables", stageVariables);
    map.put("util", UtilVariable.INSTANCE);
    return map;
  }
}
