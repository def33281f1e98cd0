package dev.turnpike.docs.html;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders untrusted Markdown descriptions: commonmark to HTML, then jsoup's Safelist (basic
 * formatting, lists, code, tables, links with http/https/mailto only, all links {@code
 * rel="nofollow"}). Scripts, event handlers, styles and {@code javascript:} URLs are dropped.
 */
public final class MarkdownRenderer {

  private static final Safelist SAFELIST =
      Safelist.basic()
          .addTags("h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td")
          .removeProtocols("a", "href", "ftp");

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().build();

  /** Sanitised HTML for {@code markdown}; empty for {@code null} or blank input. */
  public SafeHtml render(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return SafeHtml.EMPTY;
    }
    String html = renderer.render(parser.parse(markdown));
    Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
    return SafeHtml.trusted(HtmlEscaper.defang(Jsoup.clean(html, "", SAFELIST, settings).strip()));
  }
}
