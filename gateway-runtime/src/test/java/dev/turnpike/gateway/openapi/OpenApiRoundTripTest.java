package dev.turnpike.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.SnapshotCodec;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Import, export in each flavour and format (from the definition alone, and with the imported
 * document as the source of documentation), import again: the definition must come back equal,
 * exporting twice must give the same text, and the document must be valid OpenAPI.
 */
class OpenApiRoundTripTest {

  /** Every importable test document (broken.yaml and bad-mappings.yaml are refused on purpose). */
  static final List<String> DOCUMENTS =
      List.of(
          "aws-petstore.yaml",
          "aws-petstore-export.yaml",
          "aws-export-functions.yaml",
          "swagger2.yaml",
          "aws-cors.yaml",
          "turnpike-features.yaml");

  private static final String STAGE_URL = "https://gw.example.com/a1/prod";

  private final OpenApiImporter importer = new OpenApiImporter();
  private final OpenApiExporter exporter = new OpenApiExporter();

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String document : DOCUMENTS) {
      for (ExportFlavour flavour : ExportFlavour.values()) {
        for (ExportFormat format : ExportFormat.values()) {
          cases.add(Arguments.of(document, flavour, format, false));
          cases.add(Arguments.of(document, flavour, format, true));
        }
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} as {1} {2}, with source: {3}")
  @MethodSource("cases")
  void import_export_import_gives_an_equal_definition(
      String document, ExportFlavour flavour, ExportFormat format, boolean withSource)
      throws IOException {
    String text = read(document);
    ImportResult first = importer.importDocument(text);
    ApiDefinition original = first.definition();

    String exported = exporter.export(original, options(flavour, format, withSource, text));
    ImportResult again = importer.importDocument(exported);

    assertThat(again.errors()).as(exported).isEmpty();
    // Only what the first import also warned about (a Lambda ARN kept, say) may be warned again.
    assertThat(again.warnings())
        .as(exported)
        .extracting(ImportProblem::message)
        .isSubsetOf(first.warnings().stream().map(ImportProblem::message).toList());
    assertThat(again.definition()).as(exported).isEqualTo(original);
  }

  @ParameterizedTest(name = "{0} as {1} {2}, with source: {3}")
  @MethodSource("cases")
  void exporting_twice_gives_the_same_text(
      String document, ExportFlavour flavour, ExportFormat format, boolean withSource)
      throws IOException {
    String text = read(document);
    ApiDefinition original = imported(text);
    // The portal stores definitions as JSON: a copy read back has its maps built afresh.
    SnapshotCodec codec = new SnapshotCodec();
    ApiDefinition stored =
        codec.mapper().readValue(codec.mapper().writeValueAsString(original), ApiDefinition.class);
    ExportOptions options = options(flavour, format, withSource, text).withServerUrl(STAGE_URL);

    String first = exporter.export(original, options);
    String second = new OpenApiExporter().export(stored, options);

    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest(name = "{0} as {1} {2}, with source: {3}")
  @MethodSource("cases")
  void the_export_is_valid_openapi(
      String document, ExportFlavour flavour, ExportFormat format, boolean withSource)
      throws IOException {
    String text = read(document);
    String exported =
        exporter.export(
            imported(text), options(flavour, format, withSource, text).withServerUrl(STAGE_URL));

    ParseOptions parse = new ParseOptions();
    parse.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIParser().readContents(exported, null, parse);

    assertThat(parsed.getMessages()).as(exported).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.0.1");
    assertThat(parsed.getOpenAPI().getServers().get(0).getUrl()).isEqualTo(STAGE_URL);
  }

  private static ExportOptions options(
      ExportFlavour flavour, ExportFormat format, boolean withSource, String source) {
    ExportOptions options = ExportOptions.of(flavour, format);
    return withSource ? options.withSource(source) : options;
  }

  private ApiDefinition imported(String text) {
    ImportResult result = importer.importDocument(text);
    assertThat(result.errors()).isEmpty();
    return result.definition();
  }

  static String read(String name) throws IOException {
    try (InputStream in = OpenApiRoundTripTest.class.getResourceAsStream("/openapi/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("BACKEND", "http://backend.example.com");
    }
  }
}
