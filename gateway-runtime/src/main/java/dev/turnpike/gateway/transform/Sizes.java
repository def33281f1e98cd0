package dev.turnpike.gateway.transform;

import java.util.Collection;
import java.util.Map;

/**
 * Charges a value about to become text (inserted in the output or a string) to the budget, walking
 * maps and lists with a bounded number of visits, so a list nested into itself 40 times is refused
 * before its {@code toString} would run for hours.
 */
final class Sizes {
  private Sizes() {}

  static void charge(Object value, RenderBudget budget, int line) {
    long[] visits = {0};
    long chars = walk(value, budget, visits, line);
    budget.produced(chars, line);
  }

  private static long walk(Object value, RenderBudget budget, long[] visits, int line) {
    if (++visits[0] > budget.limits().maxIterations()) {
      throw new TemplateLimitException(
          "a value with more than "
              + budget.limits().maxIterations()
              + " nested elements cannot become text",
          line);
    }
    if (value instanceof CharSequence text) {
      return text.length();
    }
    if (value instanceof Collection<?> items) {
      long sum = 2;
      for (Object item : items) {
        sum += 2 + walk(item, budget, visits, line);
      }
      return sum;
    }
    if (value instanceof Map<?, ?> map) {
      long sum = 2;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sum +=
            3 + walk(e.getKey(), budget, visits, line) + walk(e.getValue(), budget, visits, line);
      }
      return sum;
    }
    return 8;
  }
}
