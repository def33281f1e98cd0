package dev.turnpike.gateway.definition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;

/**
 * How one backend outcome becomes the method's response. {@code selectionPattern} is a regular
 * expression matched against the backend status code (as a string); null or empty marks the default
 * response. {@code responseTemplates} are keyed by content type.
 *
 * <p>{@code responseParameters} map {@code method.response.header.X} to one of Amazon's sources: a
 * static {@code 'value'}, {@code integration.response.header.Y}, {@code
 * integration.response.multivalueheader.Y}, {@code integration.response.body}, {@code
 * integration.response.body.JSONPath} (e.g. {@code integration.response.body.pet.id}), {@code
 * stageVariables.Z} or {@code context.V}.
 *
 * <p>{@code contentHandling} is Amazon's: {@code CONVERT_TO_TEXT} (a binary answer is
 * base64-encoded), {@code CONVERT_TO_BINARY} (a text answer is base64-decoded) or null (binary
 * stays binary when the client accepts a binary media type, else base64 text). In JSON it is the
 * optional string property {@code "contentHandling"}; absent reads as null (the old behaviour).
 */
public record IntegrationResponse(
    String selectionPattern,
    int statusCode,
    Map<String, String> responseTemplates,
    Map<String, String> responseParameters,
    String contentHandling) {

  @JsonCreator
  public IntegrationResponse {
    responseTemplates = responseTemplates == null ? Map.of() : Map.copyOf(responseTemplates);
    responseParameters = responseParameters == null ? Map.of() : Map.copyOf(responseParameters);
    contentHandling = ContentHandling.normalise(contentHandling);
  }

  /** A response without content handling (the shape before the field existed). */
  public IntegrationResponse(
      String selectionPattern,
      int statusCode,
      Map<String, String> responseTemplates,
      Map<String, String> responseParameters) {
    this(selectionPattern, statusCode, responseTemplates, responseParameters, null);
  }

  /** True when this is the response used when no selection pattern matches. */
  @JsonIgnore
  public boolean isDefault() {
    return selectionPattern == null || selectionPattern.isBlank();
  }
}
