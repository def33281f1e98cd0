package dev.turnpike.sdk.languages;

/**
 * Makes tenant text safe inside generated source: string literals and comment text. Templates get
 * an instance as {@code $code} and never write document strings without it.
 */
public final class CodeText {

  private final LanguageTarget target;

  public CodeText(LanguageTarget target) {
    this.target = target;
  }

  /** A string literal, quotes included. */
  public String str(String text) {
    return target.literal(text == null ? "" : text);
  }

  /**
   * One line of comment text: line breaks become spaces; comment terminators, backslashes (Java
   * unicode escapes) and triple quotes are neutralised.
   */
  public String doc(String text) {
    if (text == null) {
      return "";
    }
    return text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ")
        .replace("*/", "*&#47;")
        .replace("\\", "&#92;")
        .replace("\"\"\"", "&quot;&quot;&quot;")
        .strip();
  }

  /** Escapes {@code text} with backslash rules shared by Java, TypeScript and Python. */
  static String quote(String text, boolean octalControls) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            out.append(octalControls && c < 0x100 ? String.format("\\%03o", (int) c) : hex(c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String hex(char c) {
    return c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
  }
}
