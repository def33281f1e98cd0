package dev.turnpike.portal.application;

import dev.turnpike.portal.application.CatalogView.Entry;
import dev.turnpike.portal.application.CatalogView.TagCount;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalog's search and tag filter, server-side so a search works without JavaScript and its
 * address can be shared. Every word of the query must appear (case-insensitively) in the API's
 * name, description or tags; the tag filter keeps the APIs that carry the tag. Tag counts are over
 * the search's matches before the tag filter, so each chip says what choosing it would show.
 */
public final class CatalogSearch {
  public static final int MAX_QUERY = 200;

  /** What a search found. */
  public record Result(List<Entry> matches, List<TagCount> tags) {}

  private CatalogSearch() {}

  public static Result apply(List<Entry> all, String query, String tag) {
    List<String> words = words(query);
    List<Entry> found = all.stream().filter(e -> matches(e, words)).toList();
    Map<String, Integer> counts = new TreeMap<>();
    found.forEach(e -> e.tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
    List<TagCount> tags =
        counts.entrySet().stream()
            .map(c -> new TagCount(c.getKey(), c.getValue()))
            .sorted(Comparator.comparingInt(TagCount::count).reversed())
            .toList();
    List<Entry> matches =
        tag == null || tag.isEmpty()
            ? found
            : found.stream().filter(e -> e.tags().contains(tag)).toList();
    return new Result(matches, tags);
  }

  /** The query checked for length (the only way it can be wrong) and trimmed; "" for none. */
  public static String query(String query) {
    String q = query == null ? "" : query.trim();
    if (q.length() > MAX_QUERY) {
      throw PortalException.badInput(
          "q", "the search is " + q.length() + " characters long; the limit is " + MAX_QUERY + ".");
    }
    return q;
  }

  static boolean matches(Entry e, List<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    String text =
        (e.apiName()
                + " "
                + (e.description() == null ? "" : e.description())
                + " "
                + String.join(" ", e.tags()))
            .toLowerCase(Locale.ROOT);
    return words.stream().allMatch(text::contains);
  }

  private static List<String> words(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return List.of(query.trim().toLowerCase(Locale.ROOT).split("\\s+"));
  }
}
