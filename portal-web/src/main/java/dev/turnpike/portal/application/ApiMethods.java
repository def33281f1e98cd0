package dev.turnpike.portal.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.SnapshotCodec;
import dev.turnpike.portal.domain.model.api.Api;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The methods of an API's draft as per-method throttles name them ({@code "GET /pets/{id}"}), so a
 * throttle for a method that does not exist is refused with the list of those that do.
 */
@ApplicationScoped
public class ApiMethods {
  private final ObjectMapper json = new SnapshotCodec().mapper();

  public List<String> methodKeys(Api api) {
    return methodKeys(api.definitionJson(), "API " + api.id());
  }

  /** The methods of a stored definition (a draft's or a deployment's). */
  public List<String> methodKeys(String definitionJson, String what) {
    return read(definitionJson, what).methods().stream()
        .map(MethodDefinition::methodKey)
        .sorted()
        .toList();
  }

  /** The operations of a stored definition as the portal's try-it console offers them. */
  public List<CatalogView.Operation> operations(String definitionJson, String what) {
    return TryItOperations.of(read(definitionJson, what));
  }

  private ApiDefinition read(String definitionJson, String what) {
    try {
      return json.readValue(definitionJson, ApiDefinition.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored definition of " + what + " is unreadable", e);
    }
  }
}
