package dev.turnpike.sdk.model;

import java.util.List;

/**
 * One operation of the API.
 *
 * @param name language-neutral camelCase name, unique in the API (operationId, or method + path)
 * @param method upper-case HTTP method
 * @param path path template such as {@code /pets/{petId}}
 * @param summary summary, may be {@code null}
 * @param arguments required ones first, then the body, then optional ones
 * @param response decoded type of the first 2xx JSON response, {@code null} when there is none
 */
public record OperationModel(
    String name,
    String method,
    String path,
    String summary,
    List<ArgumentModel> arguments,
    TypeRef response) {

  /** Index of the body in {@link #arguments()}, or -1. */
  public int bodyIndex() {
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i).isBody()) {
        return i;
      }
    }
    return -1;
  }

  /** Wire names of {@link #arguments()}, in order. */
  public List<String> wireNames() {
    return arguments.stream().map(ArgumentModel::wireName).toList();
  }
}
