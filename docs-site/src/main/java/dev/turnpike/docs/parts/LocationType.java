package dev.turnpike.docs.parts;

/** Amazon API Gateway's documentation location types. */
public enum LocationType {
  API,
  AUTHORIZER,
  MODEL,
  RESOURCE,
  METHOD,
  PATH_PARAMETER,
  QUERY_PARAMETER,
  REQUEST_HEADER,
  REQUEST_BODY,
  RESPONSE,
  RESPONSE_HEADER,
  RESPONSE_BODY;

  /** The OpenAPI {@code in} of a parameter location, or {@code null}. */
  String parameterIn() {
    return switch (this) {
      case PATH_PARAMETER -> "path";
      case QUERY_PARAMETER -> "query";
      case REQUEST_HEADER -> "header";
      default -> null;
    };
  }
}
