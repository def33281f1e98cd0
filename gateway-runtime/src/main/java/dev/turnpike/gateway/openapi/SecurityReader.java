package dev.turnpike.gateway.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sorts a document's security schemes: an {@code apiKey} scheme in header {@code x-api-key} (AWS's
 * export shape) means "API key required"; anything else (authorizers, OAuth, other headers) is not
 * supported yet.
 */
final class SecurityReader {

  /** What an operation's security asks for. */
  record Needs(boolean apiKey, Set<String> unsupported) {}

  private final Set<String> apiKeySchemes = new HashSet<>();

  SecurityReader(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
      return;
    }
    for (Map.Entry<String, SecurityScheme> e :
        api.getComponents().getSecuritySchemes().entrySet()) {
      SecurityScheme scheme = e.getValue();
      boolean authorizer =
          scheme.getExtensions() != null
              && scheme.getExtensions().containsKey("x-amazon-apigateway-authorizer");
      if (!authorizer
          && scheme.getType() == SecurityScheme.Type.APIKEY
          && scheme.getIn() == SecurityScheme.In.HEADER
          && "x-api-key".equals(lower(scheme.getName()))) {
        apiKeySchemes.add(e.getKey());
      }
    }
  }

  /** Reads security requirements: a list of maps from scheme name to scopes. */
  Needs needs(List<? extends Map<String, ?>> requirements) {
    boolean apiKey = false;
    Set<String> unsupported = new HashSet<>();
    if (requirements != null) {
      for (Map<String, ?> requirement : requirements) {
        for (String name : requirement.keySet()) {
          if (apiKeySchemes.contains(name)) {
            apiKey = true;
          } else {
            unsupported.add(name);
          }
        }
      }
    }
    return new Needs(apiKey, unsupported);
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }
}
