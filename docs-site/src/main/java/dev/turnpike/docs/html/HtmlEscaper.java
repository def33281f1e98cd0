package dev.turnpike.docs.html;

import java.util.regex.Pattern;

/**
 * Escapes text for HTML element content and quoted attribute values. Besides the five markup
 * characters it defangs text that looks like a script URL or an event handler ({@code javascript:}
 * → {@code javascript&#58;}, {@code onerror=} → {@code onerror&#61;}): it renders the same, but can
 * never become live if a later change puts the text somewhere less safe.
 */
public final class HtmlEscaper {

  private static final Pattern SCRIPT_URL =
      Pattern.compile("(?i)\\b(javascript|vbscript|data|livescript):");
  private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)\\b(on[a-z]+)(\\s*)=");

  private HtmlEscaper() {}

  /** {@code html} with script URLs and event-handler-like text turned into entities. */
  public static String defang(String html) {
    String result = SCRIPT_URL.matcher(html).replaceAll("$1&#58;");
    return EVENT_HANDLER.matcher(result).replaceAll("$1$2&#61;");
  }

  /** {@code text} with {@code & < > " '} replaced by entities; {@code null} gives "". */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return defang(out.toString());
  }
}
