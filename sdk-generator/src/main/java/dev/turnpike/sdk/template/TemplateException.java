package dev.turnpike.sdk.template;

/** A template is missing or failed; the message names the template and, when known, the line. */
public class TemplateException extends RuntimeException {

  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
