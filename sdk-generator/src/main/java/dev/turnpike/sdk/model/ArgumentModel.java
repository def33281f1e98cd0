package dev.turnpike.sdk.model;

/**
 * One argument of an operation method: a path, query or header parameter, or the JSON body.
 *
 * @param wireName name on the wire ({@code body} for the request body)
 * @param location {@code path}, {@code query}, {@code header} or {@code body}
 * @param required whether the API requires it
 * @param type its type
 * @param description description from the document, may be {@code null}
 */
public record ArgumentModel(
    String wireName, String location, boolean required, TypeRef type, String description) {

  public boolean isBody() {
    return "body".equals(location);
  }
}
