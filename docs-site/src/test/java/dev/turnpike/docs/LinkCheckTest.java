package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkCheckTest {

  @TempDir Path out;

  @ParameterizedTest
  @ValueSource(strings = {"tiny.yaml", "hostile.yaml", "swagger2.json", "composition.yaml"})
  void every_internal_link_resolves_to_a_generated_file_and_anchor(String spec) throws Exception {
    new ReferenceRenderer().render(SiteFiles.resource(spec), out);

    SiteFiles.LinkReport report = SiteFiles.checkLinks(out);

    assertThat(report.checked()).isGreaterThan(5);
    assertThat(report.broken()).isEmpty();
  }
}
