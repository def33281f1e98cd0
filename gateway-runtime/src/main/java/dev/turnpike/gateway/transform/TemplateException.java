package dev.turnpike.gateway.transform;

/** A mapping template that does not compile or render; the message names the template and line. */
public class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
