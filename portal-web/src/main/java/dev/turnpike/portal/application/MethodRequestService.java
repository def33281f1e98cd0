package dev.turnpike.portal.application;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.RequestValidation;
import dev.turnpike.portal.application.AccessViews.Tagged;
import dev.turnpike.portal.application.PortalException.Detail;
import dev.turnpike.portal.application.PortalException.Kind;
import dev.turnpike.portal.domain.model.api.Api;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The method request of one method, by hand: its path, query-string and header parameters (required
 * or optional), the request validator (Amazon's: none, body, parameters, or both) and the request
 * model per content type. The parameters and model names are written to the API's document; what
 * the validator checks (required parameters, models inlined) to the definition the gateway runs.
 */
@ApplicationScoped
@Transactional
public class MethodRequestService {
  /** One parameter: {@code in} is path, query (or querystring) or header. */
  public record ParameterInput(String in, String name, Boolean required) {}

  /** A method's request; the method is named by httpMethod and resourcePath. */
  public record MethodRequest(
      String httpMethod,
      String resourcePath,
      List<ParameterInput> parameters,
      String validator,
      Map<String, String> requestModels) {}

  /** Amazon's validator choices. */
  public enum Validator {
    NONE,
    BODY,
    PARAMS,
    BODY_AND_PARAMS
  }

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}+]+)\\+?}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~-]{1,128}");

  @Inject DraftEditor drafts;

  public Tagged<MethodRequest> get(
      Caller caller, String tenantId, String apiId, String httpMethod, String resourcePath) {
    Api api = drafts.readable(caller, tenantId, apiId);
    MethodDefinition method = DraftEditor.method(drafts.definition(api), httpMethod, resourcePath);
    ApiDocument document = ApiDocument.parse(api.openApiSource());
    return new Tagged<>(view(method, document.existing(method)), api.version());
  }

  public Tagged<MethodRequest> update(
      Caller caller, String tenantId, String apiId, MethodRequest input) {
    if (input == null) {
      throw PortalException.badInput("httpMethod", "send the method request as JSON.");
    }
    Api api = drafts.writable(caller, tenantId, apiId);
    ApiDefinition draft = drafts.definition(api);
    MethodDefinition method = DraftEditor.method(draft, input.httpMethod(), input.resourcePath());
    Validator validator = validator(input.validator());
    List<Parameter> parameters = parameters(method, input.parameters());
    ApiDocument document = ApiDocument.parse(api.openApiSource());
    Map<String, String> modelNames = modelNames(document, input.requestModels());
    Operation op = document.operation(method);
    op.setParameters(parameters.isEmpty() ? null : parameters);
    op.setRequestBody(modelNames.isEmpty() ? null : body(modelNames));
    MethodDefinition changed =
        withValidation(method, validation(validator, parameters, modelNames, document));
    drafts.save(api, DraftEditor.withMethod(draft, changed), document);
    return new Tagged<>(view(changed, op), api.version());
  }

  private static Validator validator(String given) {
    if (given == null || given.isBlank()) {
      return Validator.NONE;
    }
    try {
      return Validator.valueOf(given.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw PortalException.badInput(
          "validator", "'" + given + "' is not NONE, BODY, PARAMS or BODY_AND_PARAMS.");
    }
  }

  /**
   * The parameters as OpenAPI declares them. Path parameters are the path's variables, always
   * required (as in Amazon); any the input leaves out are added.
   */
  private static List<Parameter> parameters(MethodDefinition method, List<ParameterInput> given) {
    List<Parameter> result = new ArrayList<>();
    Set<String> variables = new HashSet<>();
    Matcher m = PATH_VARIABLE.matcher(method.resourcePath());
    while (m.find()) {
      variables.add(m.group(1));
    }
    Set<String> seen = new HashSet<>();
    List<ParameterInput> list = given == null ? List.of() : given;
    for (int i = 0; i < list.size(); i++) {
      String field = "parameters[" + i + "]";
      ParameterInput p = list.get(i);
      String in = location(field, p == null ? null : p.in());
      if (p.name() == null || !NAME.matcher(p.name().trim()).matches()) {
        throw PortalException.badInput(
            field + ".name", "a parameter name is 1 to 128 letters, digits, '.', '_', '~' or '-'.");
      }
      String name = p.name().trim();
      boolean required = Boolean.TRUE.equals(p.required());
      if ("path".equals(in) && !variables.contains(name)) {
        throw unprocessable(
            field + ".name",
            "path parameter '" + name + "' is not a variable of " + method.resourcePath() + ".");
      }
      if ("path".equals(in) && !required) {
        throw unprocessable(field + ".required", "a path parameter is always required.");
      }
      if (!seen.add(in + " " + name.toLowerCase(Locale.ROOT))) {
        throw unprocessable(field + ".name", in + " parameter '" + name + "' is declared twice.");
      }
      result.add(parameter(in, name, required));
    }
    for (String variable : new TreeMap<>(toMap(variables)).keySet()) {
      if (!seen.contains("path " + variable.toLowerCase(Locale.ROOT))) {
        result.add(0, parameter("path", variable, true));
      }
    }
    return result;
  }

  private static Map<String, String> toMap(Set<String> names) {
    Map<String, String> map = new LinkedHashMap<>();
    names.forEach(n -> map.put(n, n));
    return map;
  }

  private static String location(String field, String in) {
    String value = in == null ? "" : in.trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "path" -> "path";
      case "query", "querystring" -> "query";
      case "header" -> "header";
      default ->
          throw PortalException.badInput(
              field + ".in", "'" + in + "' is not path, query or header.");
    };
  }

  private static Parameter parameter(String in, String name, boolean required) {
    return new Parameter().in(in).name(name).required(required).schema(new StringSchema());
  }

  /** The request models by content type, each naming a model of the API. */
  private static Map<String, String> modelNames(ApiDocument document, Map<String, String> given) {
    Map<String, String> result = new TreeMap<>();
    if (given == null) {
      return result;
    }
    given.forEach(
        (type, model) -> {
          String field = "requestModels." + type;
          if (!TemplateChecks.MediaTypes.valid(type == null ? null : type.trim())) {
            throw PortalException.badInput(field, "'" + type + "' is not a media type.");
          }
          if (model == null || !document.schemas().containsKey(model.trim())) {
            throw unprocessable(
                field,
                "model '" + model + "' does not exist; models: " + document.schemas().keySet());
          }
          result.put(type.trim(), model.trim());
        });
    return result;
  }

  private static RequestBody body(Map<String, String> modelNames) {
    Content content = new Content();
    modelNames.forEach(
        (type, model) ->
            content.addMediaType(
                type,
                new MediaType().schema(new Schema<>().$ref(ModelSchemas.COMPONENTS + model))));
    return new RequestBody().content(content);
  }

  private static RequestValidation validation(
      Validator validator,
      List<Parameter> parameters,
      Map<String, String> modelNames,
      ApiDocument document) {
    if (validator == Validator.NONE) {
      return null;
    }
    List<String> required = new ArrayList<>();
    for (Parameter p : parameters) {
      if (Boolean.TRUE.equals(p.getRequired())) {
        String in = "query".equals(p.getIn()) ? "querystring" : p.getIn();
        required.add("method.request." + in + "." + p.getName());
      }
    }
    Map<String, String> models = new TreeMap<>();
    modelNames.forEach(
        (type, model) -> models.put(type, ModelSchemas.inlined(model, document.schemas())));
    return new RequestValidation(
        validator != Validator.BODY, validator != Validator.PARAMS, required, models);
  }

  /** The method with another request validation. */
  static MethodDefinition withValidation(MethodDefinition method, RequestValidation validation) {
    return new MethodDefinition(
        method.httpMethod(),
        method.resourcePath(),
        method.apiKeyRequired(),
        method.operationName(),
        method.integration(),
        validation);
  }

  /** The model names of an operation's request body by content type (inline schemas left out). */
  static Map<String, String> modelNames(Operation op) {
    Map<String, String> names = new TreeMap<>();
    if (op == null || op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      return names;
    }
    op.getRequestBody()
        .getContent()
        .forEach(
            (type, media) -> {
              String ref = media.getSchema() == null ? null : media.getSchema().get$ref();
              if (ref != null && ref.startsWith(ModelSchemas.COMPONENTS)) {
                names.put(type, ref.substring(ModelSchemas.COMPONENTS.length()));
              }
            });
    return names;
  }

  private static MethodRequest view(MethodDefinition method, Operation op) {
    List<ParameterInput> parameters = new ArrayList<>();
    if (op != null && op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        if (p.getIn() != null && p.getName() != null) {
          parameters.add(
              new ParameterInput(p.getIn(), p.getName(), Boolean.TRUE.equals(p.getRequired())));
        }
      }
    }
    RequestValidation v = method.requestValidation();
    Validator validator =
        v == null || (!v.validateBody() && !v.validateParameters())
            ? Validator.NONE
            : v.validateBody() && v.validateParameters()
                ? Validator.BODY_AND_PARAMS
                : v.validateBody() ? Validator.BODY : Validator.PARAMS;
    return new MethodRequest(
        method.httpMethod(), method.resourcePath(), parameters, validator.name(), modelNames(op));
  }

  static PortalException unprocessable(String field, String message) {
    return new PortalException(
        Kind.UNPROCESSABLE,
        "Invalid " + field + ": " + message,
        List.of(new Detail(field, message)));
  }
}
