package dev.turnpike.gateway.openapi;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documentation of the document a definition was imported from, laid over an export. A
 * definition keeps what the gateway does; its source also says what people read and what Amazon
 * wants declared: descriptions, summaries, tags, every parameter (optional ones too), request
 * bodies, responses with their schemas, and the components they refer to. For each exported
 * operation found in the source (same path and method) those are taken from the source; extensions,
 * security and servers always come from the definition, and operations the definition does not
 * serve are not brought back. Since the definition was derived from this source, importing the
 * result still gives the same definition.
 */
final class SourceDocumentation {

  private final OpenAPI source;

  private SourceDocumentation(OpenAPI source) {
    this.source = source;
  }

  /** Reads the source; text that is not an OpenAPI or Swagger document throws, saying so. */
  static SourceDocumentation parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);
    if (result == null || result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
      throw new IllegalArgumentException(
          "the source document is not an OpenAPI 3 or Swagger 2 document with paths");
    }
    return new SourceDocumentation(result.getOpenAPI());
  }

  void applyTo(OpenAPI exported, ExportFlavour flavour) {
    info(exported.getInfo(), source.getInfo());
    exported.setTags(source.getTags());
    exported.setExternalDocs(source.getExternalDocs());
    exported
        .getPaths()
        .forEach(
            (path, item) -> {
              PathItem from = source.getPaths().get(path);
              if (from != null) {
                pathItem(item, from, flavour);
              }
            });
    components(exported.getComponents(), source.getComponents());
  }

  private static void info(Info to, Info from) {
    if (from != null) {
      to.setDescription(from.getDescription());
      to.setTermsOfService(from.getTermsOfService());
      to.setContact(from.getContact());
      to.setLicense(from.getLicense());
    }
  }

  private static void pathItem(PathItem to, PathItem from, ExportFlavour flavour) {
    to.setSummary(from.getSummary());
    to.setDescription(from.getDescription());
    to.setParameters(from.getParameters());
    Map<PathItem.HttpMethod, Operation> sourceOps = from.readOperationsMap();
    to.readOperationsMap()
        .forEach(
            (method, op) -> {
              if (sourceOps.containsKey(method)) {
                operation(op, sourceOps.get(method));
              }
            });
    Object any = to.getExtensions() == null ? null : to.getExtensions().get(anyName(flavour));
    Object sourceAny = Extensions.get(from.getExtensions(), Extensions.ANY_METHOD);
    if (any instanceof Operation op && sourceAny != null) {
      operation(op, Json.mapper().convertValue(sourceAny, Operation.class));
    }
  }

  private static String anyName(ExportFlavour flavour) {
    return flavour.extension(Extensions.ANY_METHOD);
  }

  private static void operation(Operation to, Operation from) {
    to.setSummary(from.getSummary());
    to.setDescription(from.getDescription());
    to.setTags(from.getTags());
    to.setExternalDocs(from.getExternalDocs());
    to.setDeprecated(from.getDeprecated());
    to.setParameters(from.getParameters());
    to.setRequestBody(from.getRequestBody());
    if (from.getResponses() != null && !from.getResponses().isEmpty()) {
      to.setResponses(from.getResponses());
    }
  }

  /**
   * The source's components join the export's; a schema both have is the source's, which its
   * operations refer to. Security schemes stay the export's: security comes from the definition.
   */
  private static void components(Components to, Components from) {
    if (from == null) {
      return;
    }
    if (from.getSchemas() != null) {
      Map<String, io.swagger.v3.oas.models.media.Schema> schemas =
          new LinkedHashMap<>(from.getSchemas());
      if (to.getSchemas() != null) {
        to.getSchemas().forEach(schemas::putIfAbsent);
      }
      to.setSchemas(schemas);
    }
    to.setResponses(from.getResponses());
    to.setParameters(from.getParameters());
    to.setExamples(from.getExamples());
    to.setRequestBodies(from.getRequestBodies());
    to.setHeaders(from.getHeaders());
    to.setLinks(from.getLinks());
    to.setCallbacks(from.getCallbacks());
  }
}
