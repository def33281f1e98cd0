package dev.turnpike.sdk.spec;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Objects;

/** Parses OpenAPI 3.x (JSON or YAML) and Swagger 2.0 documents; Swagger 2 is converted to 3. */
public final class OpenApiDocuments {

  private OpenApiDocuments() {}

  /**
   * The parsed document with local and remote refs resolved (component refs are kept as refs).
   *
   * @throws InvalidSpecException when the text is empty or not an OpenAPI/Swagger document
   */
  public static OpenAPI parse(String document) {
    if (document == null || document.isBlank()) {
      throw new InvalidSpecException(
          "OpenAPI document is empty: pass the text of an OpenAPI 3 or Swagger 2 document.",
          List.of());
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result;
    try {
      result = new OpenAPIParser().readContents(document, null, options);
    } catch (RuntimeException e) {
      throw new InvalidSpecException(
          "OpenAPI document could not be parsed: " + e.getMessage(), List.of(e.toString()));
    }
    List<String> messages =
        result == null || result.getMessages() == null
            ? List.of()
            : result.getMessages().stream().filter(Objects::nonNull).toList();
    OpenAPI openApi = result == null ? null : result.getOpenAPI();
    if (openApi == null || (openApi.getOpenapi() == null && openApi.getPaths() == null)) {
      String detail =
          messages.isEmpty() ? "no details from the parser" : String.join("; ", messages);
      throw new InvalidSpecException(
          "Not a readable OpenAPI 3 or Swagger 2 document ("
              + detail
              + "). Check that it is JSON or YAML with an 'openapi: 3.x' or 'swagger: \"2.0\"' field.",
          messages);
    }
    return openApi;
  }
}
