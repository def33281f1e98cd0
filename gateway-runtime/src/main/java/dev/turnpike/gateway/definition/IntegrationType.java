package dev.turnpike.gateway.definition;

/** How a method reaches its backend. */
public enum IntegrationType {
  /** Answered by the gateway itself from mapping templates; no backend. */
  MOCK,
  /** An HTTP backend behind request and response mapping templates (buffered). */
  HTTP,
  /** An HTTP backend that receives the request as it came and answers as it wants (streamed). */
  HTTP_PROXY
}
