package dev.turnpike.gateway.transform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The small JSONPath subset mapping templates use: {@code $}, {@code $.a.b}, {@code $['a']}, {@code
 * $.items[0]}. Filters and wildcards come later.
 */
final class JsonPaths {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonPaths() {}

  static JsonNode parse(String json) {
    if (json == null || json.isBlank()) {
      return MAPPER.createObjectNode();
    }
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Body is not valid JSON (line "
              + e.getLocation().getLineNr()
              + "): "
              + e.getOriginalMessage(),
          e);
    }
  }

  /** The node at {@code path}, or a missing node. */
  static JsonNode select(JsonNode root, String path) {
    if (path == null || !path.startsWith("$")) {
      throw new IllegalArgumentException("JSONPath must start with '$', got '" + path + "'");
    }
    JsonNode node = root;
    int i = 1;
    while (i < path.length() && !node.isMissingNode()) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = nextDelimiter(path, i + 1);
        node = node.path(path.substring(i + 1, end));
        i = end;
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("JSONPath '" + path + "': '[' without ']'");
        }
        node = index(node, path.substring(i + 1, close).trim());
        i = close + 1;
      } else {
        throw new IllegalArgumentException(
            "JSONPath '" + path + "': unexpected '" + c + "' at position " + i);
      }
    }
    return node;
  }

  private static JsonNode index(JsonNode node, String inside) {
    if (inside.startsWith("'") || inside.startsWith("\"")) {
      return node.path(inside.substring(1, inside.length() - 1));
    }
    try {
      return node.path(Integer.parseInt(inside));
    } catch (NumberFormatException e) {
      return MissingNode.getInstance();
    }
  }

  private static int nextDelimiter(String path, int from) {
    int i = from;
    while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
      i++;
    }
    return i;
  }
}
