package dev.turnpike.gateway.transform;

/** A rendering that went past one of its {@link TemplateLimits}; it is cut off, not finished. */
final class TemplateLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;

  TemplateLimitException(String message, int line) {
    super(message, null, false, false);
    this.line = line;
  }

  /** The template line where the limit was hit, or 0 when unknown. */
  int line() {
    return line;
  }
}
