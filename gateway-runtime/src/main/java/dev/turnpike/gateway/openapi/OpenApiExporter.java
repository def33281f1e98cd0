package dev.turnpike.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.GatewayResponse;
import dev.turnpike.gateway.definition.MethodDefinition;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exports an {@link ApiDefinition} as an OpenAPI 3.0 document that {@link OpenApiImporter} reads
 * back into an equal definition, in our extensions ({@link ExportFlavour#TURNPIKE}) or Amazon's
 * ({@link ExportFlavour#AWS}). The document is built on swagger-core's model and written with its
 * JSON and YAML mappers. Paths and methods keep the definition's order and every map is sorted, so
 * one definition always gives the same text. Thread-safe.
 *
 * <p>The definition holds what the gateway does, not all of the imported document: on its own it
 * gives the required parameters a validator checks (or the path's) and those request parameter
 * mappings read, the validated models as bodies, and responses from the integration responses.
 * Descriptions, other parameters, response schemas and unvalidated bodies live in the document it
 * was imported from; pass that as the source ({@link ExportOptions#withSource}) to keep them.
 */
public final class OpenApiExporter {

  static final String OPENAPI_VERSION = "3.0.1";

  /**
   * swagger-core's YAML mapper (its serialisers for the model) on a factory configured as its own
   * but without line splitting: long template lines and validator names stay whole, to be read and
   * diffed.
   */
  private static final ObjectMapper YAML =
      Yaml.mapper()
          .copyWith(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .build());

  /** The document as text in the options' format. */
  public String export(ApiDefinition definition, ExportOptions options) {
    OpenAPI document = toOpenApi(definition, options);
    try {
      return options.format() == ExportFormat.YAML
          ? YAML.writeValueAsString(document)
          : Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Exported document of '" + definition.name() + "' could not be written", e);
    }
  }

  /**
   * The document as swagger-core's model (the format is not used). The server URL (a stage's)
   * becomes the only server when not null; the source document's documentation is laid over the
   * result when given. A definition the importer could not have produced (a method OpenAPI has no
   * name for, a model that is not JSON) or a source that is not OpenAPI throws {@link
   * IllegalArgumentException} naming it.
   */
  public OpenAPI toOpenApi(ApiDefinition definition, ExportOptions options) {
    ExportFlavour flavour = options.flavour();
    String serverUrl = options.serverUrl();
    OpenAPI document =
        new OpenAPI()
            .openapi(OPENAPI_VERSION)
            .info(new Info().title(definition.name()).version(definition.version()));
    if (serverUrl != null && !serverUrl.isBlank()) {
      document.addServersItem(new Server().url(serverUrl));
    }
    ModelWriter models = new ModelWriter();
    document.setPaths(paths(definition, flavour, models));
    document.setComponents(components(definition, models));
    rootExtensions(definition, flavour).forEach(document::addExtension);
    if (options.sourceDocument() != null && !options.sourceDocument().isBlank()) {
      SourceDocumentation.parse(options.sourceDocument()).applyTo(document, flavour);
    }
    return document;
  }

  private static Paths paths(ApiDefinition definition, ExportFlavour flavour, ModelWriter models) {
    OperationWriter operations = new OperationWriter(flavour, models);
    Paths paths = new Paths();
    for (MethodDefinition method : definition.methods()) {
      PathItem item = paths.computeIfAbsent(method.resourcePath(), p -> new PathItem());
      Operation op = operations.write(method);
      if ("ANY".equals(method.httpMethod())) {
        // OpenAPI has no ANY; Amazon's export puts it in a path-item extension.
        item.addExtension(flavour.extension(Extensions.ANY_METHOD), op);
      } else {
        item.operation(httpMethod(method), op);
      }
    }
    return paths;
  }

  private static PathItem.HttpMethod httpMethod(MethodDefinition method) {
    try {
      return PathItem.HttpMethod.valueOf(method.httpMethod().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          method.methodKey() + ": OpenAPI has no method " + method.httpMethod(), e);
    }
  }

  private static Components components(ApiDefinition definition, ModelWriter models) {
    Components components = new Components();
    Map<String, io.swagger.v3.oas.models.media.Schema> schemas = models.components();
    if (!schemas.isEmpty()) {
      components.setSchemas(schemas);
    }
    if (definition.methods().stream().anyMatch(MethodDefinition::apiKeyRequired)) {
      components.addSecuritySchemes(
          OperationWriter.API_KEY_SCHEME,
          new SecurityScheme()
              .type(SecurityScheme.Type.APIKEY)
              .name("x-api-key")
              .in(SecurityScheme.In.HEADER));
    }
    return components;
  }

  private static Map<String, Object> rootExtensions(
      ApiDefinition definition, ExportFlavour flavour) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put(flavour.extension(Extensions.API_KEY_SOURCE), definition.apiKeySource());
    Map<String, Object> validators = new TreeMap<>();
    for (MethodDefinition method : definition.methods()) {
      if (method.requestValidation() != null
          && (method.requestValidation().validateBody()
              || method.requestValidation().validateParameters())) {
        String name = ValidatorNames.of(method.requestValidation());
        validators.put(name, ValidatorNames.declaration(name));
      }
    }
    if (!validators.isEmpty()) {
      extensions.put(flavour.extension(Extensions.REQUEST_VALIDATORS), validators);
    }
    if (!definition.binaryMediaTypes().isEmpty()) {
      // A list: its order is the definition's, which the gateway keeps too.
      extensions.put(
          flavour.extension(Extensions.BINARY_MEDIA_TYPES), definition.binaryMediaTypes());
    }
    if (definition.cors() != null) {
      extensions.put(flavour.extension(Extensions.CORS), CorsExtension.write(definition.cors()));
    }
    if (!definition.gatewayResponses().isEmpty()) {
      Map<String, Object> responses = new TreeMap<>();
      definition.gatewayResponses().forEach((type, r) -> responses.put(type, gatewayResponse(r)));
      extensions.put(flavour.extension(Extensions.GATEWAY_RESPONSES), responses);
    }
    return extensions;
  }

  private static Map<String, Object> gatewayResponse(GatewayResponse response) {
    Map<String, Object> out = new LinkedHashMap<>();
    IntegrationWriter.putIfPresent(out, "statusCode", response.statusCode());
    IntegrationWriter.putSorted(out, "responseParameters", response.responseParameters());
    IntegrationWriter.putSorted(out, "responseTemplates", response.responseTemplates());
    return out;
  }
}
