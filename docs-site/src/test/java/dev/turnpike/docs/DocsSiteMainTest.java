package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsSiteMainTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
  private final PrintStream out =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  private int run(String... args) {
    return DocsSiteMain.run(args, out, errors);
  }

  @Test
  void renders_the_site_and_rejects_a_broken_document_with_exit_code_2() throws Exception {
    Path good = Files.writeString(dir.resolve("tiny.yaml"), SiteFiles.resource("tiny.yaml"));
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "openapi: [unclosed");

    int ok = run("--spec", good.toString(), "--out", dir + "/site");
    int bad = run("--spec", broken.toString(), "--out", dir + "/x");

    assertThat(ok).isZero();
    assertThat(dir.resolve("site/index.html")).exists();
    assertThat(bad).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .singleElement()
        .asString()
        .startsWith("error: Cannot render reference docs: Not a readable OpenAPI");
  }

  @Test
  void renders_parts_and_several_versions_into_a_zip() throws Exception {
    Path v2 = Files.writeString(dir.resolve("zoo.yaml"), SiteFiles.resource("composition.yaml"));
    Path parts =
        Files.writeString(dir.resolve("parts.json"), SiteFiles.resource("composition-parts.json"));
    Path v1 = Files.writeString(dir.resolve("tiny.yaml"), SiteFiles.resource("tiny.yaml"));

    int code =
        run(
            "--spec",
            v2.toString(),
            "--version",
            "2.0",
            "--parts",
            parts.toString(),
            "--spec",
            v1.toString(),
            "--version",
            "1.0",
            "--out",
            dir + "/out/site.zip");

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    try (ZipFile zip = new ZipFile(dir.resolve("out/site.zip").toFile())) {
      assertThat(zip.getEntry("index.html")).isNotNull();
      assertThat(zip.getEntry("1.0/operations/getItem.html")).isNotNull();
      String list =
          new String(
              zip.getInputStream(zip.getEntry("2.0/operations/listAnimals.html")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(list).contains("Browse the zoo", "Version: 2.0");
    }
  }

  @Test
  void bad_parts_and_misplaced_options_give_one_line_naming_the_place() throws Exception {
    Path spec = Files.writeString(dir.resolve("tiny.yaml"), SiteFiles.resource("tiny.yaml"));
    Path parts =
        Files.writeString(
            dir.resolve("parts.json"),
            "[{\"location\":{\"type\":\"MODEL\",\"name\":\"Nope\"},\"properties\":\"{}\"}]");

    assertThat(run("--spec", spec.toString(), "--parts", parts.toString(), "--out", dir + "/s"))
        .isEqualTo(2);
    assertThat(run("--version", "v1", "--spec", spec.toString(), "--out", dir + "/s")).isEqualTo(2);

    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "error: Cannot render reference docs: Documentation part 1 (MODEL Nope) in the"
                + " documentation parts: the document has no model (components/schemas entry)"
                + " named 'Nope'. Fix location.name or remove the part.",
            "error: --version must follow the --spec it belongs to. usage: --spec <file>"
                + " [--version <label>] [--parts <parts.json>] [--spec ...] --out <dir|file.zip>");
  }
}
