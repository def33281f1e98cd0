package dev.turnpike.gateway.state;

import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationResponse;
import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.transform.CompiledTemplate;
import dev.turnpike.gateway.transform.TemplateEngine;
import dev.turnpike.gateway.validate.RequestValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles one method: checks its integration and compiles its templates and patterns. */
final class MethodCompiler {

  private final TemplateEngine engine;

  MethodCompiler(TemplateEngine engine) {
    this.engine = engine;
  }

  CompiledMethod compile(String where, Deployment deployment, MethodDefinition method) {
    String at = where + ", " + method.methodKey();
    Integration integration = method.integration();
    return new CompiledMethod(
        method,
        templates(at + " request template", integration.requestTemplates()),
        responses(at, integration.responses()),
        method.requestValidation() == null
            ? null
            : RequestValidator.compile(at, method.requestValidation()),
        target(method, deployment),
        parameters(method, deployment));
  }

  /**
   * The backend target. A uri that is plainly wrong rejects the snapshot; one that depends on stage
   * variables, or a Lambda ARN on a FUNCTION (kept as imported), is served and answers 500 with the
   * reason logged, as Amazon does.
   */
  private static BackendTarget target(MethodDefinition method, Deployment deployment) {
    Integration integration = method.integration();
    if (integration.type() == IntegrationType.MOCK) {
      return null;
    }
    String uri = integration.uri();
    boolean deferred =
        BackendTarget.usesStageVariables(uri)
            || (integration.type() == IntegrationType.FUNCTION && BackendTarget.isLambdaArn(uri));
    if (!deferred && (uri == null || !uri.matches("(?i)https?://.+"))) {
      throw new IllegalArgumentException(
          method.methodKey()
              + ": "
              + integration.type()
              + " integration needs an absolute http(s) uri, got '"
              + uri
              + "'");
    }
    return BackendTarget.resolve(uri, deployment.stage(), deployment.stageVariables());
  }

  private static List<ParameterMapping> parameters(MethodDefinition method, Deployment deployment) {
    try {
      return ParameterMapping.parseAll(
          method.integration().requestParameters(), deployment.stageVariables());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          method.methodKey() + ": requestParameters: " + e.getMessage(), e);
    }
  }

  private List<CompiledResponse> responses(String at, List<IntegrationResponse> responses) {
    List<CompiledResponse> compiled = new ArrayList<>();
    for (IntegrationResponse response : responses) {
      String name =
          at
              + " response '"
              + (response.isDefault() ? "default" : response.selectionPattern())
              + "'";
      compiled.add(
          new CompiledResponse(
              response,
              pattern(name, response),
              templates(name + " template", response.responseTemplates())));
    }
    return compiled;
  }

  private static Pattern pattern(String name, IntegrationResponse response) {
    if (response.isDefault()) {
      return null;
    }
    try {
      return Pattern.compile(response.selectionPattern());
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          name + ": selection pattern is not a valid regular expression: " + e.getDescription(), e);
    }
  }

  private Map<String, CompiledTemplate> templates(String name, Map<String, String> texts) {
    Map<String, CompiledTemplate> compiled = new HashMap<>();
    texts.forEach(
        (type, text) ->
            compiled.put(
                CompiledMethod.baseType(type), engine.compile(name + " for '" + type + "'", text)));
    return compiled;
  }
}
