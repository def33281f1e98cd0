package dev.turnpike.portal.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A publication's tags: lower-case words (letters, digits, inner hyphens), 1 to 32 characters, at
 * most ten, each once. They are matched exactly in the catalog filter, so they are lower-cased here
 * once rather than compared case-insensitively everywhere.
 */
public final class Tags {
  public static final int MAX_TAGS = 10;
  public static final int MAX_LENGTH = 32;
  private static final Pattern TAG = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

  private Tags() {}

  /** Checks a list of tags (null: none); duplicates collapse, order is kept. */
  public static List<String> check(List<String> asked) {
    if (asked == null) {
      return List.of();
    }
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < asked.size(); i++) {
      tags.add(one("tags[" + i + "]", asked.get(i)));
    }
    if (tags.size() > MAX_TAGS) {
      throw PortalException.badInput(
          "tags", "there are " + tags.size() + " tags; an API may have at most " + MAX_TAGS + ".");
    }
    return List.copyOf(tags);
  }

  /** Tags as a person types them in a form: separated by commas or spaces. */
  public static List<String> parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String word : typed.trim().split("[,\\s]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return check(words);
  }

  /** A tag as a filter asks for it: the same rule, or empty when nothing is asked. */
  public static String filter(String value) {
    return value == null || value.isBlank() ? "" : one("tag", value);
  }

  private static String one(String field, String value) {
    String tag = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    if (tag.isEmpty()) {
      throw PortalException.badInput(field, "a tag may not be empty.");
    }
    if (tag.length() > MAX_LENGTH) {
      throw PortalException.badInput(
          field,
          "'"
              + tag
              + "' is "
              + tag.length()
              + " characters long; the limit is "
              + MAX_LENGTH
              + ".");
    }
    if (!TAG.matcher(tag).matches()) {
      throw PortalException.badInput(
          field,
          "'"
              + tag
              + "' must be one word of letters a-z, digits and inner hyphens (like payments"
              + " or open-banking).");
    }
    return tag;
  }
}
