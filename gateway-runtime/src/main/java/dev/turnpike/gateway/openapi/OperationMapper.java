package dev.turnpike.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps each operation of a document to a {@link MethodDefinition}, recording problems. */
final class OperationMapper {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenAPI api;
  private final Problems problems;
  private final SecurityReader security;
  private final IntegrationReader integrations;
  private final ValidationReader validations;

  OperationMapper(OpenAPI api, Problems problems) {
    this.api = api;
    this.problems = problems;
    this.security = new SecurityReader(api);
    this.integrations = new IntegrationReader(problems);
    this.validations = new ValidationReader(api, problems);
  }

  List<MethodDefinition> methods() {
    List<MethodDefinition> methods = new ArrayList<>();
    for (OperationView op : OpenApiImporter.operations(api)) {
      map(op).ifPresent(methods::add);
    }
    return methods;
  }

  private Optional<MethodDefinition> map(OperationView op) {
    SecurityReader.Needs needs =
        security.needs(op.security() != null ? op.security() : api.getSecurity());
    String ours = OpenApiImporter.OUR_INTEGRATION;
    String aws = OpenApiImporter.AWS_INTEGRATION;
    String key = op.extensions().containsKey(ours) ? ours : aws;
    Object raw = op.extensions().get(key);
    if (raw == null) {
      problems.error(
          op.pointer(),
          op.method()
              + " "
              + op.path()
              + " has no integration; add "
              + aws
              + " (or "
              + ours
              + ") with type mock, http or http_proxy");
      return Optional.empty();
    }
    Optional<Integration> integration =
        integrations.read(Pointers.child(op.pointer(), key), JSON.valueToTree(raw));
    if (integration.isEmpty()) {
      return Optional.empty();
    }
    if (!needs.unsupported().isEmpty()) {
      problems.warn(
          Pointers.child(op.pointer(), "security"),
          "security scheme(s) "
              + needs.unsupported()
              + " (authorizers, OAuth, other headers) are not supported yet; this operation was"
              + " not imported, so it is not served unprotected");
      return Optional.empty();
    }
    try {
      return Optional.of(
          new MethodDefinition(
              op.method(),
              op.path(),
              needs.apiKey(),
              op.operationId(),
              integration.get(),
              validations.read(op)));
    } catch (IllegalArgumentException e) {
      problems.error(op.pointer(), e.getMessage());
      return Optional.empty();
    }
  }
}
