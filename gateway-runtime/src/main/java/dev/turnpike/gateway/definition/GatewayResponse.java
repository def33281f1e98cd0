package dev.turnpike.gateway.definition;

import java.util.Map;

/**
 * A customised gateway response (Amazon's {@code x-amazon-apigateway-gateway-responses}), keyed in
 * {@link ApiDefinition#gatewayResponses()} by type: {@code DEFAULT_4XX}, {@code DEFAULT_5XX},
 * {@code THROTTLED}, {@code QUOTA_EXCEEDED}, {@code INVALID_API_KEY}, ... A null {@code statusCode}
 * keeps the gateway's own; {@code responseParameters} map {@code gatewayresponse.header.X} to a
 * static {@code 'value'}; {@code responseTemplates} are keyed by content type and may use {@code
 * $context.error.message}.
 */
public record GatewayResponse(
    Integer statusCode,
    Map<String, String> responseParameters,
    Map<String, String> responseTemplates) {

  public GatewayResponse {
    responseParameters = responseParameters == null ? Map.of() : Map.copyOf(responseParameters);
    responseTemplates = responseTemplates == null ? Map.of() : Map.copyOf(responseTemplates);
  }
}
