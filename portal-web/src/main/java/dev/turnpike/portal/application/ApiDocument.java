package dev.turnpike.portal.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.portal.application.PortalException.Kind;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI source of an API's draft, opened for editing what the gateway's definition does not
 * keep: optional parameters, request bodies by model name, method responses and named models
 * ({@code components/schemas}). The exporter lays this source over the definition it regenerates,
 * so whatever is written here survives every later change and export. Written back in the source's
 * own format (a Swagger 2 source comes back as OpenAPI 3).
 */
final class ApiDocument {
  /** Marks a model's content type on its schema; Amazon's models carry one, OpenAPI's do not. */
  static final String CONTENT_TYPE = "x-turnpike-content-type";

  private final OpenAPI document;
  private final boolean json;
  private final boolean amazon;

  private ApiDocument(OpenAPI document, boolean json, boolean amazon) {
    this.document = document;
    this.json = json;
    this.amazon = amazon;
  }

  static ApiDocument parse(String source) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIParser().readContents(source, null, options);
    if (result == null || result.getOpenAPI() == null) {
      throw new PortalException(
          Kind.UNPROCESSABLE, "The API's stored document cannot be read; import it again.");
    }
    OpenAPI document = result.getOpenAPI();
    if (document.getPaths() == null) {
      document.setPaths(new Paths());
    }
    if (document.getComponents() == null) {
      document.setComponents(new Components());
    }
    return new ApiDocument(
        document, source.stripLeading().startsWith("{"), source.contains("x-amazon-apigateway-"));
  }

  /** The named models (component schemas), created empty when there are none. */
  @SuppressWarnings("rawtypes")
  Map<String, Schema> schemas() {
    if (document.getComponents().getSchemas() == null) {
      document.getComponents().setSchemas(new LinkedHashMap<>());
    }
    return document.getComponents().getSchemas();
  }

  /**
   * The operation documenting {@code method}, created when the source has none. ANY has no OpenAPI
   * method and lives in the path item's any-method extension, as the exporter writes it.
   */
  Operation operation(MethodDefinition method) {
    PathItem item =
        document.getPaths().computeIfAbsent(method.resourcePath(), path -> new PathItem());
    if (!"ANY".equals(method.httpMethod())) {
      PathItem.HttpMethod verb =
          PathItem.HttpMethod.valueOf(method.httpMethod().toUpperCase(Locale.ROOT));
      Operation op = item.readOperationsMap().get(verb);
      if (op == null) {
        op = new Operation();
        item.operation(verb, op);
      }
      return op;
    }
    String name = (amazon ? "x-amazon-apigateway-" : "x-turnpike-") + "any-method";
    Map<String, Object> extensions =
        item.getExtensions() == null ? new LinkedHashMap<>() : item.getExtensions();
    for (String key : extensions.keySet()) {
      if (key.endsWith("any-method")) {
        name = key;
      }
    }
    Object raw = extensions.get(name);
    Operation op =
        raw instanceof Operation given
            ? given
            : raw == null ? new Operation() : Json.mapper().convertValue(raw, Operation.class);
    extensions.put(name, op);
    item.setExtensions(extensions);
    return op;
  }

  /** The operation documenting {@code method}, or null when the source has none. */
  Operation existing(MethodDefinition method) {
    return operations().get(method.methodKey());
  }

  /** Every operation of the document with the method key it documents ("GET /pets"). */
  Map<String, Operation> operations() {
    Map<String, Operation> result = new LinkedHashMap<>();
    document
        .getPaths()
        .forEach(
            (path, item) -> {
              item.readOperationsMap().forEach((verb, op) -> result.put(verb + " " + path, op));
              if (item.getExtensions() != null) {
                item.getExtensions()
                    .forEach(
                        (key, value) -> {
                          if (key.endsWith("any-method") && value != null) {
                            result.put(
                                "ANY " + path,
                                value instanceof Operation op
                                    ? op
                                    : Json.mapper().convertValue(value, Operation.class));
                          }
                        });
              }
            });
    return result;
  }

  /** The document as text in the source's format. */
  String text() {
    try {
      return json
          ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document)
          : Yaml.mapper().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The API's document could not be written", e);
    }
  }
}
