package dev.turnpike.sdk.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How one target language spells members and types. Keywords and names that would start with a
 * digit are escaped with a trailing or leading underscore ({@code class} → {@code class_}, {@code
 * 2fa} → {@code _2fa}); both SDK templates and documentation code samples go through here.
 */
public final class LanguageNaming {

  /** Java: camelCase members, PascalCase types. */
  public static final LanguageNaming JAVA =
      new LanguageNaming(Keywords.JAVA, Words::camel, Set.of("getClass"), Keywords.JAVA_TYPES);

  /** TypeScript: camelCase members, PascalCase types. */
  public static final LanguageNaming TYPESCRIPT =
      new LanguageNaming(Keywords.TYPESCRIPT, Words::camel, Set.of(), Keywords.TYPESCRIPT_TYPES);

  /** Python: snake_case members, PascalCase types. */
  public static final LanguageNaming PYTHON =
      new LanguageNaming(Keywords.PYTHON, Words::snake, Set.of(), Keywords.PYTHON_TYPES);

  private static final String BODY_ARGUMENT = "body";

  private final Set<String> keywords;
  private final UnaryOperator<String> memberCase;
  private final Set<String> reservedMembers;
  private final Set<String> reservedTypes;

  private LanguageNaming(
      Set<String> keywords,
      UnaryOperator<String> memberCase,
      Set<String> reservedMembers,
      Set<String> reservedTypes) {
    this.keywords = keywords;
    this.memberCase = memberCase;
    this.reservedMembers = reservedMembers;
    this.reservedTypes = reservedTypes;
  }

  /**
   * Client class name for an API title: {@code Petstore API} gives {@code PetstoreApiClient}, the
   * same in every language.
   */
  public static String clientClassName(String title) {
    String pascal = Words.pascal(title);
    if (pascal.isEmpty() || Character.isDigit(pascal.charAt(0))) {
      pascal = "Api" + pascal;
    }
    return pascal.endsWith("Client") ? pascal : pascal + "Client";
  }

  /** Method name for an operation whose neutral name is {@code baseName}. */
  public String methodName(String baseName) {
    return member(baseName, "operation");
  }

  /** Field or argument name for a wire name such as {@code x-trace-id} or {@code import}. */
  public String memberName(String wireName) {
    return member(wireName, "value");
  }

  /** Type name such as {@code NewPet} for a schema called {@code new_pet}. */
  public String typeName(String rawName) {
    String pascal = Words.pascal(rawName);
    if (pascal.isEmpty() || Character.isDigit(pascal.charAt(0))) {
      pascal = "Model" + pascal;
    }
    boolean taken = reservedTypes.contains(pascal) || pascal.equals(clientClassName(pascal));
    return taken ? pascal + "Model" : pascal;
  }

  /**
   * Argument names of one operation, in the given order, unique within the method. The request body
   * (at {@code bodyIndex}, or -1 for none) is always called {@code body}, escaped per language;
   * parameters give way to it ({@code body2}).
   */
  public List<String> argumentNames(List<String> wireNames, int bodyIndex) {
    UniqueNames scope = new UniqueNames(bodyIndex >= 0 ? List.of(BODY_ARGUMENT) : List.of());
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wireNames.size(); i++) {
      String name = i == bodyIndex ? BODY_ARGUMENT : scope.claim(memberCaseOf(wireNames.get(i)));
      names.add(escape(name));
    }
    return names;
  }

  /** {@code identifier}, escaped if it is a keyword or starts with a digit. */
  public String escape(String identifier) {
    if (identifier.isEmpty() || Character.isDigit(identifier.charAt(0))) {
      return "_" + identifier;
    }
    if (keywords.contains(identifier) || reservedMembers.contains(identifier)) {
      return identifier + "_";
    }
    return identifier;
  }

  private String member(String raw, String fallback) {
    String cased = memberCase.apply(raw);
    return escape(cased.isEmpty() ? fallback : cased);
  }

  private String memberCaseOf(String raw) {
    String cased = memberCase.apply(raw);
    return cased.isEmpty() ? "value" : cased;
  }
}
