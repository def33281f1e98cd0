package dev.turnpike.sdk.naming;

import java.util.Locale;

/** The language-neutral name of an operation: its operationId, or one made of method and path. */
public final class OperationNames {

  private OperationNames() {}

  /**
   * The operationId in camelCase when present, else a name from the method and path: {@code GET
   * /pets/{id}} gives {@code getPetsById}. Never empty.
   */
  public static String baseName(String operationId, String httpMethod, String path) {
    String fromId = Words.camel(operationId);
    if (!fromId.isEmpty()) {
      return fromId;
    }
    StringBuilder raw = new StringBuilder(httpMethod.toLowerCase(Locale.ROOT));
    for (String segment : path.split("/")) {
      if (segment.startsWith("{") && segment.endsWith("}")) {
        raw.append(" by ").append(segment, 1, segment.length() - 1);
      } else {
        raw.append(' ').append(segment);
      }
    }
    return Words.camel(raw.toString());
  }
}
