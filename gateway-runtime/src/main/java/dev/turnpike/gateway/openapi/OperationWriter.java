package dev.turnpike.gateway.openapi;

import dev.turnpike.gateway.definition.IntegrationResponse;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.RequestValidation;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one {@link MethodDefinition} as an OpenAPI operation: its id, the parameters the
 * definition knows (the required ones it validates, else the path template's), the request body
 * from its models, responses from its integration responses (headers from {@code
 * method.response.header.*} mappings), {@code api_key} security when a key is required, and the
 * integration and validator extensions of the flavour.
 */
final class OperationWriter {

  static final String API_KEY_SCHEME = "api_key";
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}+]+)\\+?}");
  private static final Pattern REQUEST_PARAMETER =
      Pattern.compile("method\\.request\\.(querystring|header|path)\\.(.+)");
  private static final Pattern MAPPING_SOURCE =
      Pattern.compile(
          "method\\.request\\.(querystring|header|path|multivaluequerystring|multivalueheader)"
              + "\\.(.+)");
  private static final String RESPONSE_HEADER = "method.response.header.";

  private final ExportFlavour flavour;
  private final ModelWriter models;
  private final IntegrationWriter integrations = new IntegrationWriter();

  OperationWriter(ExportFlavour flavour, ModelWriter models) {
    this.flavour = flavour;
    this.models = models;
  }

  Operation write(MethodDefinition method) {
    Operation op = new Operation().operationId(method.operationName());
    RequestValidation validation = method.requestValidation();
    if (validation != null && !validation.validateParameters() && !validation.validateBody()) {
      validation = null; // validates nothing: the importer reads it so, and so does the gateway
    }
    List<Parameter> parameters =
        validation == null ? pathParameters(method) : required(method, validation);
    addMappingSources(parameters, method);
    if (!parameters.isEmpty()) {
      op.setParameters(parameters);
    }
    if (validation != null && !validation.models().isEmpty()) {
      op.setRequestBody(requestBody(method, validation));
    }
    op.setResponses(responses(method));
    if (method.apiKeyRequired()) {
      op.addSecurityItem(new SecurityRequirement().addList(API_KEY_SCHEME));
    }
    op.addExtension(
        flavour.extension(Extensions.INTEGRATION),
        integrations.write(method.integration(), flavour));
    if (validation != null) {
      op.addExtension(
          flavour.extension(Extensions.REQUEST_VALIDATOR), ValidatorNames.of(validation));
    }
    return op;
  }

  /** Every path template variable ({@code {id}}, {@code {proxy+}} as {@code proxy}). */
  private static List<Parameter> pathParameters(MethodDefinition method) {
    List<Parameter> parameters = new ArrayList<>();
    Matcher m = PATH_PARAMETER.matcher(method.resourcePath());
    while (m.find()) {
      parameters.add(parameter("path", m.group(1)));
    }
    return parameters;
  }

  /**
   * The parameters the validator requires, and only those: declaring another as required (even a
   * path one) would change what a re-import validates.
   */
  private static List<Parameter> required(MethodDefinition method, RequestValidation validation) {
    List<Parameter> parameters = new ArrayList<>();
    for (String name : validation.requiredParameters()) {
      Matcher m = REQUEST_PARAMETER.matcher(name);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            method.methodKey()
                + ": required parameter '"
                + name
                + "' is not method.request.querystring|header|path.NAME");
      }
      parameters.add(
          parameter("querystring".equals(m.group(1)) ? "query" : m.group(1), m.group(2)));
    }
    return parameters;
  }

  /**
   * The method request parameters that request parameter mappings read, declared as optional:
   * Amazon refuses a mapping from a parameter the method does not declare. A path parameter cannot
   * be optional, so one not declared already is left out.
   */
  private static void addMappingSources(List<Parameter> parameters, MethodDefinition method) {
    for (String source : new TreeMap<>(method.integration().requestParameters()).values()) {
      Matcher m = MAPPING_SOURCE.matcher(source);
      if (!m.matches()) {
        continue;
      }
      String in =
          m.group(1).endsWith("querystring") ? "query" : m.group(1).replace("multivalue", "");
      String name = m.group(2);
      boolean declared =
          parameters.stream().anyMatch(p -> p.getIn().equals(in) && p.getName().equals(name));
      if (!declared && !"path".equals(in)) {
        parameters.add(new Parameter().in(in).name(name).schema(new StringSchema()));
      }
    }
  }

  private static Parameter parameter(String in, String name) {
    return new Parameter().in(in).name(name).required(true).schema(new StringSchema());
  }

  private RequestBody requestBody(MethodDefinition method, RequestValidation validation) {
    Content content = new Content();
    new TreeMap<>(validation.models())
        .forEach(
            (type, model) ->
                content.addMediaType(
                    type,
                    new MediaType()
                        .schema(models.schema(model, method.methodKey() + " model for " + type))));
    return new RequestBody().content(content);
  }

  /** One response per status the integration can answer, or {@code default} for a proxy. */
  private static ApiResponses responses(MethodDefinition method) {
    Map<String, ApiResponse> byStatus = new LinkedHashMap<>();
    for (IntegrationResponse r : method.integration().responses()) {
      ApiResponse response =
          byStatus.computeIfAbsent(
              String.valueOf(r.statusCode()),
              code -> new ApiResponse().description(code + " response"));
      new TreeMap<>(r.responseParameters())
          .keySet().stream()
              .filter(key -> key.startsWith(RESPONSE_HEADER))
              .forEach(
                  key ->
                      response.addHeaderObject(
                          key.substring(RESPONSE_HEADER.length()),
                          new Header().schema(new StringSchema())));
    }
    ApiResponses responses = new ApiResponses();
    if (byStatus.isEmpty()) {
      responses.addApiResponse(
          "default", new ApiResponse().description("The backend's response, passed through"));
    }
    byStatus.forEach(responses::addApiResponse);
    return responses;
  }
}
