package dev.turnpike.gateway.error;

/**
 * An expected refusal: the status, the stable upper-case key (the gateway response type an API may
 * customise) and the message of the JSON body {@code {"message": "..."}}. Not an exception.
 */
public record GatewayError(int status, String key, String message) {

  public static final GatewayError MISSING_AUTHENTICATION_TOKEN =
      new GatewayError(403, "MISSING_AUTHENTICATION_TOKEN", "Missing Authentication Token");
  public static final GatewayError INVALID_API_KEY =
      new GatewayError(403, "INVALID_API_KEY", "Forbidden");
  public static final GatewayError THROTTLED =
      new GatewayError(429, "THROTTLED", "Too Many Requests");
  public static final GatewayError QUOTA_EXCEEDED =
      new GatewayError(429, "QUOTA_EXCEEDED", "Limit Exceeded");
  public static final GatewayError REQUEST_TOO_LARGE =
      new GatewayError(413, "REQUEST_TOO_LARGE", "Request Entity Too Large");
  public static final GatewayError UNSUPPORTED_MEDIA_TYPE =
      new GatewayError(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type");
  public static final GatewayError BAD_REQUEST_PARAMETERS =
      new GatewayError(400, "BAD_REQUEST_PARAMETERS", "Missing required request parameters");
  public static final GatewayError BAD_REQUEST_BODY =
      new GatewayError(400, "BAD_REQUEST_BODY", "Invalid request body");
  public static final GatewayError INTEGRATION_FAILURE =
      new GatewayError(502, "INTEGRATION_FAILURE", "Internal server error");
  public static final GatewayError INTEGRATION_TIMEOUT =
      new GatewayError(504, "INTEGRATION_TIMEOUT", "Endpoint request timed out");

  /**
   * The shared counter store cannot decide and the node fails closed: limits are never skipped, so
   * the request is refused as a temporary condition, not as a bug.
   */
  public static final GatewayError SERVICE_UNAVAILABLE =
      new GatewayError(503, "SERVICE_UNAVAILABLE", "Service Unavailable");

  public static final GatewayError INTERNAL =
      new GatewayError(500, "DEFAULT_5XX", "Internal server error");

  /** This error with another message (same status and key), e.g. naming missing parameters. */
  public GatewayError withMessage(String text) {
    return new GatewayError(status, key, text);
  }

  /** {@code DEFAULT_4XX} or {@code DEFAULT_5XX}: the fallback gateway response type. */
  public String defaultKey() {
    return status >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX";
  }
}
