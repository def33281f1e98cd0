package dev.turnpike.gateway.transform;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code String.matches/replaceAll/replaceFirst/split} for templates, run over a view of the text
 * that checks the rendering's deadline every few thousand character reads, so a pattern that
 * backtracks catastrophically is cut off instead of holding the event loop.
 */
final class ClockedRegex {
  private ClockedRegex() {}

  private static final Set<String> METHODS =
      Set.of("matches", "replaceAll", "replaceFirst", "split");

  static boolean handles(String method, Object[] params) {
    return METHODS.contains(method)
        && params != null
        && params.length >= 1
        && params[0] instanceof String
        && (params.length == 1 || params[1] instanceof String || params[1] instanceof Number);
  }

  static Object invoke(String method, String text, Object[] params, RenderBudget budget, int line) {
    Pattern pattern = Pattern.compile((String) params[0]);
    CharSequence clocked = new Clocked(text, budget, line);
    return switch (method) {
      case "matches" -> pattern.matcher(clocked).matches();
      case "replaceAll" -> pattern.matcher(clocked).replaceAll((String) params[1]);
      case "replaceFirst" -> pattern.matcher(clocked).replaceFirst((String) params[1]);
      default -> pattern.split(clocked, params.length > 1 ? ((Number) params[1]).intValue() : 0);
    };
  }

  /** A string that charges a clock check every 4096 reads. */
  private static final class Clocked implements CharSequence {
    private final String text;
    private final RenderBudget budget;
    private final int line;
    private int reads;

    Clocked(String text, RenderBudget budget, int line) {
      this.text = text;
      this.budget = budget;
      this.line = line;
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 4095) == 0) {
        budget.produced(0, line);
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
