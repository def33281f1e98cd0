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
 * Import, export in each flavour and format, import again: the definition must come back equal,
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
          "turnpike-features.yaml");

  private final OpenApiImporter importer = new OpenApiImporter();
  private final OpenApiExporter exporter = new OpenApiExporter();

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String document : DOCUMENTS) {
      for (ExportFlavour flavour : ExportFlavour.values()) {
        for (ExportFormat format : ExportFormat.values()) {
          cases.add(Arguments.of(document, flavour, format));
        }
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} as {1} {2}")
  @MethodSource("cases")
  void import_export_import_gives_an_equal_definition(
      String document, ExportFlavour flavour, ExportFormat format) throws IOException {
    ImportResult first = importer.importDocument(read(document));
    ApiDefinition original = first.definition();

    String exported = exporter.export(original, flavour, format, null);
    ImportResult again = importer.importDocument(exported);

    assertThat(again.errors()).as(exported).isEmpty();
    // Only what the first import also warned about (a Lambda ARN kept, say) may be warned again.
    assertThat(again.warnings())
        .as(exported)
        .extracting(ImportProblem::message)
        .isSubsetOf(first.warnings().stream().map(ImportProblem::message).toList());
    assertThat(again.definition()).as(exported).isEqualTo(original);
  }

  @ParameterizedTest(name = "{0} as {1} {2}")
  @MethodSource("cases")
  void exporting_twice_gives_the_same_text(
      String document, ExportFlavour flavour, ExportFormat format) throws IOException {
    ApiDefinition original = imported(read(document));
    // The portal stores definitions as JSON: a copy read back has its maps built afresh.
    SnapshotCodec codec = new SnapshotCodec();
    ApiDefinition stored =
        codec.mapper().readValue(codec.mapper().writeValueAsString(original), ApiDefinition.class);

    String first = exporter.export(original, flavour, format, "https://gw.example.com/a1/prod");
    String second =
        new OpenApiExporter().export(stored, flavour, format, "https://gw.example.com/a1/prod");

    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest(name = "{0} as {1} {2}")
  @MethodSource("cases")
  void the_export_is_valid_openapi(String document, ExportFlavour flavour, ExportFormat format)
      throws IOException {
    String exported =
        exporter.export(
            imported(read(document)), flavour, format, "https://gw.example.com/a1/prod");

    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIParser().readContents(exported, null, options);

    assertThat(parsed.getMessages()).as(exported).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.0.1");
    assertThat(parsed.getOpenAPI().getServers().get(0).getUrl())
        .isEqualTo("https://gw.example.com/a1/prod");
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
