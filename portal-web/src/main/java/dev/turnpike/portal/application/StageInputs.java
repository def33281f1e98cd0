package dev.turnpike.portal.application;

import dev.turnpike.portal.application.Views.ThrottleView;
import dev.turnpike.portal.domain.model.MethodThrottle;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks on the maps a stage or plan setting carries: stage variables and per-method throttles.
 * Both are merged into what is stored: a name with a value sets it, a name with null removes it.
 */
final class StageInputs {
  // AWS: stage variable names are letters, digits and underscores; values up to 2048 characters.
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z0-9_]{1,64}");
  private static final int MAX_VALUE = 2048;

  private StageInputs() {}

  static Map<String, String> variables(Map<String, String> current, Map<String, String> changes) {
    Map<String, String> merged = new HashMap<>(current);
    if (changes == null) {
      return merged;
    }
    changes.forEach(
        (name, value) -> {
          String where = "variables." + name;
          if (name == null || !VARIABLE.matcher(name).matches()) {
            throw PortalException.badInput(
                where, "a stage variable name holds 1 to 64 letters, digits or '_'.");
          }
          if (value == null) {
            merged.remove(name);
          } else if (value.length() > MAX_VALUE) {
            throw PortalException.badInput(
                where, "the value is " + value.length() + " characters; the limit is 2048.");
          } else {
            merged.put(name, value);
          }
        });
    return merged;
  }

  static Map<String, MethodThrottle> throttles(
      String field,
      Map<String, MethodThrottle> current,
      Map<String, ThrottleView> changes,
      Collection<String> methods) {
    Map<String, MethodThrottle> merged = new HashMap<>(current);
    if (changes == null) {
      return merged;
    }
    changes.forEach(
        (method, limit) -> {
          String where = field + "." + method;
          if (method == null || !methods.contains(method)) {
            throw PortalException.badInput(
                where,
                "'"
                    + method
                    + "' is not a method of this API; use one of "
                    + String.join(", ", methods)
                    + ".");
          }
          if (limit == null) {
            merged.remove(method);
          } else {
            merged.put(method, throttle(where, limit));
          }
        });
    return merged;
  }

  static MethodThrottle throttle(String where, ThrottleView limit) {
    return new MethodThrottle(
        Inputs.rate(where + ".rateLimit", limit.rateLimit()),
        Inputs.nonNegative(where + ".burstLimit", limit.burstLimit()));
  }

  static Map<String, ThrottleView> views(Map<String, MethodThrottle> throttles) {
    Map<String, ThrottleView> views = new HashMap<>();
    throttles.forEach((k, t) -> views.put(k, new ThrottleView(t.rate(), t.burst())));
    return views;
  }
}
