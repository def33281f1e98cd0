package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XssTest {

  @TempDir Path out;

  @Test
  void hostile_titles_descriptions_names_and_enums_render_inert() throws Exception {
    new ReferenceRenderer().render(SiteFiles.resource("hostile.yaml"), out);

    assertThat(SiteFiles.list(out)).hasSizeGreaterThanOrEqualTo(4);
    for (String file : SiteFiles.list(out)) {
      String html =
          Files.readString(out.resolve(file), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      assertThat(html)
          .as(file)
          .doesNotContain(
              "<script",
              "onerror=",
              "onload=",
              "onclick=",
              "javascript:",
              "<iframe",
              "<img",
              "<svg");
    }
    String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(index).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    assertThat(index).contains("<b>bold</b>");
  }
}
