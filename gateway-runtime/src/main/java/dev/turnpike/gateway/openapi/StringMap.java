package dev.turnpike.gateway.openapi;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;

/** Jackson type of a string-to-string map. */
final class StringMap {
  private StringMap() {}

  static final TypeReference<Map<String, String>> TYPE = new TypeReference<>() {};
}
