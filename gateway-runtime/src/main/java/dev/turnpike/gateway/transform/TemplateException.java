package dev.turnpike.gateway.transform;

/** A mapping template that does not compile or render; the message names the template and line. */
public class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final boolean limitReached;

  public TemplateException(String message, Throwable cause) {
    this(message, cause, 0, false);
  }

  public TemplateException(String message, Throwable cause, int line, boolean limitReached) {
    super(message, cause);
    this.line = line;
    this.limitReached = limitReached;
  }

  /** The template line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** True when the rendering was cut off by a sandbox limit rather than failing by itself. */
  public boolean limitReached() {
    return limitReached;
  }
}
