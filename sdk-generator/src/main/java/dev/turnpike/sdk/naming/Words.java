package dev.turnpike.sdk.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits identifiers such as {@code getPetById}, {@code x-trace-id} or {@code HTTPServer}. */
public final class Words {

  private Words() {}

  /** Lower-case words of {@code text}; separators are any non-letter, non-digit characters. */
  public static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    StringBuilder current = new StringBuilder();
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(words, current);
        continue;
      }
      if (current.length() > 0 && startsNewWord(text, i)) {
        flush(words, current);
      }
      current.append(c);
    }
    flush(words, current);
    return words;
  }

  private static boolean startsNewWord(String text, int i) {
    char previous = text.charAt(i - 1);
    char c = text.charAt(i);
    if (!Character.isUpperCase(c)) {
      return false;
    }
    if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
      return true;
    }
    boolean nextIsLower = i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    return Character.isUpperCase(previous) && nextIsLower;
  }

  private static void flush(List<String> words, StringBuilder current) {
    if (current.length() > 0) {
      words.add(current.toString().toLowerCase(Locale.ROOT));
      current.setLength(0);
    }
  }

  /** {@code listPetsById}. */
  public static String camel(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : split(text)) {
      out.append(out.length() == 0 ? word : capitalize(word));
    }
    return out.toString();
  }

  /** {@code ListPetsById}. */
  public static String pascal(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : split(text)) {
      out.append(capitalize(word));
    }
    return out.toString();
  }

  /** {@code list_pets_by_id}. */
  public static String snake(String text) {
    return String.join("_", split(text));
  }

  /** {@code list-pets-by-id}. */
  public static String kebab(String text) {
    return String.join("-", split(text));
  }

  static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
