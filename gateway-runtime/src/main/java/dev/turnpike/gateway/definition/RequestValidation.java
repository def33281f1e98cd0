package dev.turnpike.gateway.definition;

import java.util.List;
import java.util.Map;

/**
 * What Amazon's request validator of a method checks ({@code
 * x-amazon-apigateway-request-validators} with {@code validateRequestParameters} / {@code
 * validateRequestBody}): the required parameters, named as Amazon does ({@code
 * method.request.querystring.page}, {@code method.request.header.x-id}, {@code
 * method.request.path.id}), and the body models, JSON Schema draft 4 texts keyed by content type
 * ({@code $ref}s inlined under {@code definitions}). In JSON it is the optional property {@code
 * "requestValidation"} of a method; absent means no validation.
 */
public record RequestValidation(
    boolean validateParameters,
    boolean validateBody,
    List<String> requiredParameters,
    Map<String, String> models) {

  public RequestValidation {
    requiredParameters = requiredParameters == null ? List.of() : List.copyOf(requiredParameters);
    models = models == null ? Map.of() : Map.copyOf(models);
  }
}
