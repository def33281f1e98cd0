package dev.turnpike.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdkGeneratorTest {

  @TempDir Path dir;

  @Test
  void zips_the_project_with_package_and_base_url_options() throws Exception {
    byte[] zip =
        new SdkGenerator()
            .generate(
                TestDocs.read("petstore.yaml"),
                Language.JAVA,
                new SdkOptions("com.acme.pets", "https://pets.acme.test"));

    List<String> names = new ArrayList<>();
    String config = null;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        if (entry.getName().endsWith("ClientConfig.java")) {
          config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(names)
        .contains(
            "pom.xml",
            "README.md",
            "src/main/java/com/acme/pets/PetstoreApiClient.java",
            "src/main/java/com/acme/pets/model/Pet.java");
    assertThat(config).contains("DEFAULT_BASE_URL = \"https://pets.acme.test\"");
  }

  @Test
  void unreadable_document_fails_with_the_parser_messages() {
    assertThatThrownBy(() -> new SdkGenerator().generate("{ not: [valid", Language.PYTHON, null))
        .isInstanceOf(SdkGenerationException.class)
        .hasMessageStartingWith("Cannot generate a python SDK: Not a readable OpenAPI");
    assertThatThrownBy(() -> new SdkGenerator().generate("  ", Language.JAVA, null))
        .hasMessageContaining("OpenAPI document is empty");
  }

  @Test
  void language_parse_lists_the_valid_values() {
    assertThat(Language.parse("TypeScript")).isEqualTo(Language.TYPESCRIPT);
    assertThatThrownBy(() -> Language.parse("cobol"))
        .hasMessage("Unknown SDK language 'cobol'. Valid values: java, typescript, python.");
  }

  @Test
  void cli_writes_the_sdk_and_rejects_bad_arguments_with_exit_code_2() throws Exception {
    Path spec = Files.writeString(dir.resolve("petstore.yaml"), TestDocs.read("petstore.yaml"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    int ok =
        SdkGeneratorMain.run(
            new String[] {"--spec", spec.toString(), "--lang", "python", "--out", dir + "/sdk"},
            out,
            errors);
    int badLanguage =
        SdkGeneratorMain.run(
            new String[] {"--spec", spec.toString(), "--lang", "go", "--out", dir + "/x"},
            out,
            errors);
    int missingOut =
        SdkGeneratorMain.run(
            new String[] {"--spec", spec.toString(), "--lang", "java"}, out, errors);

    assertThat(ok).isZero();
    assertThat(dir.resolve("sdk/petstore_api_client/client.py")).exists();
    assertThat(badLanguage).isEqualTo(2);
    assertThat(missingOut).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "error: Unknown SDK language 'go'. Valid values: java, typescript, python.",
            "error: Missing --out. usage: --spec <file> --lang java|typescript|python --out <dir>"
                + " [--package <name>] [--base-url <url>]");
  }
}
