package dev.turnpike.gateway.openapi;

import dev.turnpike.gateway.definition.RequestValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names for request validators on export. A definition keeps what each method validates, not the
 * validator's name in the imported document, so an export names them as Amazon's console does.
 */
final class ValidatorNames {
  static final String ALL = "Validate body, query string parameters, and headers";
  static final String PARAMETERS = "Validate query string parameters and headers";
  static final String BODY = "Validate body";

  private ValidatorNames() {}

  static String of(RequestValidation validation) {
    return of(validation.validateParameters(), validation.validateBody());
  }

  static String of(boolean parameters, boolean body) {
    return parameters && body ? ALL : parameters ? PARAMETERS : BODY;
  }

  /** The declaration of the validator {@code name} names. */
  static Map<String, Object> declaration(String name) {
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put("validateRequestBody", ALL.equals(name) || BODY.equals(name));
    flags.put("validateRequestParameters", ALL.equals(name) || PARAMETERS.equals(name));
    return flags;
  }
}
