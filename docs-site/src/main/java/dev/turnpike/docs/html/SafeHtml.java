package dev.turnpike.docs.html;

/**
 * HTML that is safe to insert as is. Only this package creates it, from sanitised Markdown or from
 * escaped text.
 *
 * @param html the markup
 */
public record SafeHtml(String html) {

  public static final SafeHtml EMPTY = new SafeHtml("");

  /** Escaped plain text. */
  public static SafeHtml text(String text) {
    return new SafeHtml(HtmlEscaper.escape(text));
  }

  static SafeHtml trusted(String html) {
    return new SafeHtml(html);
  }

  public boolean isEmpty() {
    return html.isEmpty();
  }

  @Override
  public String toString() {
    return html;
  }
}
