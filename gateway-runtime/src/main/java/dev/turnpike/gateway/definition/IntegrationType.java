package dev.turnpike.gateway.definition;

/** How a method reaches its backend. */
public enum IntegrationType {
  /** Answered by the gateway itself from mapping templates; no backend. */
  MOCK,
  /** An HTTP backend behind request and response mapping templates (buffered). */
  HTTP,
  /** An HTTP backend that receives the request as it came and answers as it wants (streamed). */
  HTTP_PROXY,
  /**
   * A function behind Amazon's Lambda proxy integration contract ({@code aws_proxy}): the request
   * is POSTed as a payload version 1.0 event to the function's http(s) URL and the function answers
   * {@code {statusCode, headers, multiValueHeaders, body, isBase64Encoded}}. An older node does not
   * know this type and rejects a snapshot using it whole (keeping its previous one).
   */
  FUNCTION
}
