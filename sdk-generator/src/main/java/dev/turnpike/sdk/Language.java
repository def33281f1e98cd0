package dev.turnpike.sdk;

import dev.turnpike.sdk.naming.LanguageNaming;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Target languages of generated SDKs. */
public enum Language {
  JAVA(LanguageNaming.JAVA),
  TYPESCRIPT(LanguageNaming.TYPESCRIPT),
  PYTHON(LanguageNaming.PYTHON);

  private final LanguageNaming naming;

  Language(LanguageNaming naming) {
    this.naming = naming;
  }

  /** How this language spells methods, members and types. */
  public LanguageNaming naming() {
    return naming;
  }

  /** Lower-case id used on the command line: {@code java}, {@code typescript}, {@code python}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language named {@code value}, ignoring case ({@code ts} is accepted for TypeScript).
   *
   * @throws IllegalArgumentException naming the valid values when {@code value} is unknown
   */
  public static Language parse(String value) {
    String key = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    if (key.equals("ts")) {
      return TYPESCRIPT;
    }
    for (Language language : values()) {
      if (language.id().equals(key)) {
        return language;
      }
    }
    String valid = Arrays.stream(values()).map(Language::id).collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "Unknown SDK language '" + value + "'. Valid values: " + valid + ".");
  }
}
