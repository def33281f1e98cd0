package dev.turnpike.gateway.state;

/** Reads Amazon-style static parameter values: {@code 'text'} is the literal {@code text}. */
public final class StaticValues {
  private StaticValues() {}

  /** True when the mapping value is a quoted literal. */
  public static boolean isStatic(String value) {
    return value != null && value.length() >= 2 && value.startsWith("'") && value.endsWith("'");
  }

  /** The literal inside quotes, or the value unchanged. */
  public static String unquote(String value) {
    return isStatic(value) ? value.substring(1, value.length() - 1) : value;
  }
}
