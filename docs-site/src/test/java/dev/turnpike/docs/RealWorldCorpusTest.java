package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every document under {@code src/test/resources/real-world} (provenance in its README) and
 * checks every internal link of the result.
 */
class RealWorldCorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/real-world");

  @TempDir Path out;

  static Stream<String> documents() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") || n.endsWith(".yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void corpus_has_at_least_15_documents_each_under_300_kb() throws IOException {
    assertThat(documents()).hasSizeGreaterThanOrEqualTo(15);
    for (String name : documents().toList()) {
      assertThat(Files.size(CORPUS.resolve(name))).as(name).isLessThan(300 * 1024);
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void renders_with_every_internal_link_resolving(String name) throws IOException {
    new ReferenceRenderer().render(SiteFiles.read(CORPUS.resolve(name)), out);

    SiteFiles.LinkReport report = SiteFiles.checkLinks(out);
    assertThat(out.resolve("index.html")).exists();
    assertThat(SiteFiles.list(out)).anyMatch(f -> f.startsWith("operations/"));
    assertThat(report.broken()).as(name).isEmpty();
  }
}
