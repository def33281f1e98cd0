package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the site of {@code tiny.yaml} with the files under {@code src/test/resources/golden}.
 * After an intended change, regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFileTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/tiny");

  /** Copied verbatim from the skin: compared with the skin itself, not kept twice in the tree. */
  private static final Path SKIN = Path.of("src/main/resources/docs-skin");

  private static final List<String> STATIC = List.of("search.js", "style.css", "theme.js");

  @TempDir Path out;

  @Test
  void tiny_document_renders_exactly_the_checked_in_site() throws Exception {
    new ReferenceRenderer().render(SiteFiles.resource("tiny.yaml"), out);

    if (Boolean.getBoolean("golden.update")) {
      for (String file : SiteFiles.list(out).stream().filter(f -> !STATIC.contains(f)).toList()) {
        Path target = GOLDEN.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(out.resolve(file), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    List<String> files = SiteFiles.list(out);
    assertThat(files)
        .containsExactly(
            "index.html",
            "models/Item.html",
            "operations/getItem.html",
            "operations/postItems.html",
            "search-index.js",
            "search-index.json",
            "search.js",
            "style.css",
            "theme.js");
    for (String file : files) {
      Path expected = STATIC.contains(file) ? SKIN.resolve(file) : GOLDEN.resolve(file);
      assertThat(Files.readString(out.resolve(file), StandardCharsets.UTF_8))
          .as("%s differs from %s (regenerate with -Dgolden.update=true)", file, expected)
          .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
  }
}
