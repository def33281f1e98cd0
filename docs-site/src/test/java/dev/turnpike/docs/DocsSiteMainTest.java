package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsSiteMainTest {

  @TempDir Path dir;

  @Test
  void renders_the_site_and_rejects_a_broken_document_with_exit_code_2() throws Exception {
    Path good = Files.writeString(dir.resolve("tiny.yaml"), SiteFiles.resource("tiny.yaml"));
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "openapi: [unclosed");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    int ok =
        DocsSiteMain.run(
            new String[] {"--spec", good.toString(), "--out", dir + "/site"}, out, errors);
    int bad =
        DocsSiteMain.run(
            new String[] {"--spec", broken.toString(), "--out", dir + "/x"}, out, errors);

    assertThat(ok).isZero();
    assertThat(dir.resolve("site/index.html")).exists();
    assertThat(bad).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .singleElement()
        .asString()
        .startsWith("error: Cannot render reference docs: Not a readable OpenAPI");
  }
}
