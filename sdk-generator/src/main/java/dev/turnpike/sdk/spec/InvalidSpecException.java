package dev.turnpike.sdk.spec;

import java.util.List;

/** The document is not a readable OpenAPI 3 or Swagger 2 document. */
public class InvalidSpecException extends RuntimeException {

  private final List<String> problems;

  public InvalidSpecException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** The parser's own messages, possibly empty. */
  public List<String> problems() {
    return problems;
  }
}
