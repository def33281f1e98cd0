package dev.turnpike.gateway.transform;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code $util} of a mapping template: escaping, encoding and JSON parsing. Stateless. */
public final class UtilVariable {

  static final UtilVariable INSTANCE = new UtilVariable();

  /** Escapes a string for use inside a JavaScript / JSON string literal. */
  public String escapeJavaScript(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\'' -> out.append("\\'");
        case '\\' -> out.append("\\\\");
        case '/' -> out.append("\\/");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  public String urlEncode(String text) {
    return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  public String urlDecode(String text) {
    return text == null ? "" : URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  public String base64Encode(String text) {
    return text == null
        ? ""
        : Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  public String base64Decode(String text) {
    return text == null
        ? ""
        : new String(Base64.getDecoder().decode(text.trim()), StandardCharsets.UTF_8);
  }

  /** Parses JSON text into maps, lists, strings and numbers. */
  public Object parseJson(String json) {
    if (json == null || json.isBlank()) {
      throw new IllegalArgumentException("$util.parseJson: empty text is not JSON");
    }
    return JsonPaths.parse(json);
  }
}
