package dev.turnpike.gateway.openapi;

/**
 * One problem found in an imported document: where (a JSON pointer such as {@code
 * /paths/~1pets/get/x-amazon-apigateway-integration/type}; empty for the whole document) and what.
 */
public record ImportProblem(String pointer, String message) {
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
  }
}
