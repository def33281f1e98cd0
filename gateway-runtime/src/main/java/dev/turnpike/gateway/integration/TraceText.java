package dev.turnpike.gateway.integration;

import io.vertx.core.MultiMap;
import java.util.Locale;
import java.util.Map;

/** Headers as a test-invoke trace shows them, one per line, secrets masked. */
final class TraceText {
  private TraceText() {}

  static String headers(MultiMap headers) {
    if (headers == null || headers.isEmpty()) {
      return "(no headers)";
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String> header : headers) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      String name = header.getKey().toLowerCase(Locale.ROOT);
      boolean secret =
          name.equals("authorization") || name.equals("x-api-key") || name.contains("cookie");
      text.append(header.getKey()).append(": ").append(secret ? "****" : header.getValue());
    }
    return text.toString();
  }
}
