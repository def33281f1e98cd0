package dev.turnpike.docs;

/** The docs could not be rendered; the message names the problem and where it is. */
public class DocsRenderException extends RuntimeException {

  public DocsRenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
