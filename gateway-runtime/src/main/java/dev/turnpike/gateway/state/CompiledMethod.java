package dev.turnpike.gateway.state;

import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.transform.CompiledTemplate;
import dev.turnpike.gateway.validate.RequestValidator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A method ready to serve: its definition, compiled request templates (by content type) and
 * compiled integration responses in declaration order, its request validator (null: none), its
 * backend target (the uri with stage variables resolved; null for MOCK) and its request parameter
 * mappings.
 */
public record CompiledMethod(
    MethodDefinition definition,
    Map<String, CompiledTemplate> requestTemplates,
    List<CompiledResponse> responses,
    RequestValidator validator,
    BackendTarget target,
    List<ParameterMapping> requestParameters) {

  /** A method without request validation. */
  public CompiledMethod(
      MethodDefinition definition,
      Map<String, CompiledTemplate> requestTemplates,
      List<CompiledResponse> responses) {
    this(definition, requestTemplates, responses, null);
  }

  /** A method whose uri is used as it is, without parameter mappings. */
  public CompiledMethod(
      MethodDefinition definition,
      Map<String, CompiledTemplate> requestTemplates,
      List<CompiledResponse> responses,
      RequestValidator validator) {
    this(
        definition,
        requestTemplates,
        responses,
        validator,
        definition.integration().uri() == null
            ? null
            : new BackendTarget(definition.integration().uri(), null),
        List.of());
  }

  public CompiledMethod {
    requestTemplates = Map.copyOf(requestTemplates);
    responses = List.copyOf(responses);
    requestParameters = requestParameters == null ? List.of() : List.copyOf(requestParameters);
  }

  public Integration integration() {
    return definition.integration();
  }

  /**
   * What to do with a request body of a content type (parameters ignored; none means {@code
   * application/json}), by the integration's passthrough behaviour: render the matching template,
   * pass the body through, or refuse it (415).
   */
  public RequestMapping requestMapping(String contentType) {
    CompiledTemplate template = requestTemplates.get(baseType(contentType));
    if (template != null) {
      return RequestMapping.render(template);
    }
    return switch (integration().passthroughBehavior()) {
      case Integration.NEVER -> RequestMapping.UNSUPPORTED;
      case Integration.WHEN_NO_TEMPLATES ->
          requestTemplates.isEmpty() ? RequestMapping.PASSTHROUGH : RequestMapping.UNSUPPORTED;
      default -> RequestMapping.PASSTHROUGH;
    };
  }

  /** The request template for a content type (parameters ignored), if any. */
  public Optional<CompiledTemplate> requestTemplate(String contentType) {
    return Optional.ofNullable(requestTemplates.get(baseType(contentType)));
  }

  /**
   * The response for a status: the first whose selection pattern matches, else the default, else
   * none (the backend's answer passes through).
   */
  public Optional<CompiledResponse> selectResponse(int status) {
    String text = Integer.toString(status);
    CompiledResponse fallback = null;
    for (CompiledResponse response : responses) {
      if (response.selects(text)) {
        return Optional.of(response);
      }
      if (fallback == null && response.definition().isDefault()) {
        fallback = response;
      }
    }
    return Optional.ofNullable(fallback);
  }

  static String baseType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return "application/json";
    }
    int semicolon = contentType.indexOf(';');
    String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return base.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
