package dev.turnpike.docs.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client-side search index: one entry per operation, model and tag with its title, kind, page
 * (relative to the site root) and text to match. Written as {@code search-index.json} and as {@code
 * search-index.js}, which sets {@code window.TURNPIKE_SEARCH_INDEX} so search also works from
 * {@code file://}, where scripts cannot fetch JSON.
 */
public final class SearchIndex {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TEXT = 160;

  private final List<Map<String, String>> entries;

  private SearchIndex(List<Map<String, String>> entries) {
    this.entries = entries;
  }

  public static SearchIndex of(SiteView.Site site) {
    List<Map<String, String>> entries = new ArrayList<>();
    for (SiteView.OperationPage op : site.operations()) {
      entries.add(
          entry(
              op.method() + " " + op.path(),
              "operation",
              "operations/" + op.name() + ".html",
              op.summary(),
              op.name() + " " + op.tag() + " " + plain(op.description().html())));
    }
    for (SiteView.ModelPage model : site.models()) {
      entries.add(
          entry(
              model.name(),
              "model",
              "models/" + model.file(),
              shorten(plain(model.description().html())),
              String.join(
                  " ", model.schema().fields().stream().map(SiteView.FieldRow::name).toList())));
    }
    for (SiteView.Section section : site.sections()) {
      entries.add(
          entry(
              section.name(),
              "tag",
              "index.html#" + section.id(),
              shorten(plain(section.description().html())),
              ""));
    }
    return new SearchIndex(entries);
  }

  /** The index as a JSON array. */
  public String json() {
    try {
      return safe(JSON.writeValueAsString(entries));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index as a script that assigns it to {@code window.TURNPIKE_SEARCH_INDEX}. */
  public String script() {
    return "window.TURNPIKE_SEARCH_INDEX = " + json() + ";\n";
  }

  private static Map<String, String> entry(
      String title, String kind, String url, String summary, String keywords) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("title", title);
    entry.put("kind", kind);
    entry.put("url", url);
    entry.put("summary", summary == null ? "" : summary);
    entry.put("keywords", shorten(keywords));
    return entry;
  }

  private static String plain(String html) {
    return org.jsoup.Jsoup.parse(html).text();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  /** JSON that is also safe inside a script: no {@code <}, no line or paragraph separators. */
  private static String safe(String json) {
    return json.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }
}
