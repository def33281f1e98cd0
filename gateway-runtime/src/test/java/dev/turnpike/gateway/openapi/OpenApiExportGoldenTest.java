package dev.turnpike.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exported text of Amazon's PetStore, compared with golden files: it proves the order is the
 * same from one JVM to the next (the definition's maps iterate differently per run) and shows a
 * reviewer the document's shape. On a difference the actual text is written under {@code
 * target/export-golden/} to compare or copy.
 */
class OpenApiExportGoldenTest {

  @ParameterizedTest(name = "{0} as {1} {2}")
  @CsvSource({
    "aws-petstore-export.yaml, AWS, YAML, petstore.aws.yaml",
    "aws-petstore-export.yaml, TURNPIKE, JSON, petstore.turnpike.json"
  })
  void export_matches_the_golden_file(
      String document, ExportFlavour flavour, ExportFormat format, String golden)
      throws IOException {
    String exported =
        new OpenApiExporter()
            .export(
                new OpenApiImporter()
                    .importDocument(OpenApiRoundTripTest.read(document))
                    .definition(),
                ExportOptions.of(flavour, format)
                    .withServerUrl("https://gw.example.com/petstore/prod"));

    String expected = golden(golden);
    if (!exported.equals(expected)) {
      Path actual = Path.of("target", "export-golden", golden);
      Files.createDirectories(actual.getParent());
      Files.writeString(actual, exported);
    }
    assertThat(exported).isEqualTo(expected);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in =
        OpenApiExportGoldenTest.class.getResourceAsStream("/openapi/export/" + name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
