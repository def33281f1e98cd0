package dev.turnpike.gateway.definition;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;

/**
 * How one backend outcome becomes the method's response. {@code selectionPattern} is a regular
 * expression matched against the backend status code (as a string); null or empty marks the default
 * response. {@code responseTemplates} are keyed by content type; {@code responseParameters} map
 * {@code method.response.header.X} to a static {@code 'value'} or {@code
 * integration.response.header.Y}.
 */
public record IntegrationResponse(
    String selectionPattern,
    int statusCode,
    Map<String, String> responseTemplates,
    Map<String, String> responseParameters) {

  public IntegrationResponse {
    responseTemplates = responseTemplates == null ? Map.of() : Map.copyOf(responseTemplates);
    responseParameters = responseParameters == null ? Map.of() : Map.copyOf(responseParameters);
  }

  /** True when this is the response used when no selection pattern matches. */
  @JsonIgnore
  public boolean isDefault() {
    return selectionPattern == null || selectionPattern.isBlank();
  }
}
