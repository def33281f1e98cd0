package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.docs.parts.DocumentationParts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XssTest {

  private static final Set<String> OUR_SCRIPTS = Set.of("theme.js", "search-index.js", "search.js");

  private static final String HOSTILE_PARTS =
      """
      [{"location":{"type":"METHOD","path":"/x/{<script>}","method":"GET"},"properties":"{\\"description\\":\\"<script>alert(20)</script><a href=\\\\\\"javascript:alert(21)\\\\\\">x</a>\\"}"},
       {"location":{"type":"MODEL","name":"Evil"},"properties":{"description":"<img src=x onerror=alert(22)>"}}]
      """;

  @TempDir Path out;

  @Test
  void hostile_titles_descriptions_names_enums_examples_and_parts_render_inert() throws Exception {
    new ReferenceRenderer()
        .render(
            SiteFiles.resource("hostile.yaml"),
            DocumentationParts.parse(HOSTILE_PARTS, "hostile-parts.json"),
            out);

    assertThat(SiteFiles.list(out)).hasSizeGreaterThanOrEqualTo(8);
    for (String file : SiteFiles.list(out)) {
      String text = SiteFiles.read(out.resolve(file));
      if (file.endsWith(".html")) {
        assertInert(file, Jsoup.parse(text));
        String lower = text.toLowerCase(Locale.ROOT);
        assertThat(
                lower.replaceAll("<script src=\"(\\.\\./)?[a-z-]+\\.js\"( defer)?></script>", ""))
            .as(file)
            .doesNotContain("<script", "onerror=", "onload=", "onclick=", "javascript:");
      } else if (file.startsWith("search-index")) {
        assertThat(text).as(file).doesNotContain("<", ">", "\u2028");
      }
    }
    String index = SiteFiles.read(out.resolve("index.html"));
    assertThat(index).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    assertThat(index).contains("<b>bold</b>");
    String operation =
        SiteFiles.list(out).stream()
            .filter(f -> f.startsWith("operations/"))
            .findFirst()
            .orElseThrow();
    assertThat(SiteFiles.read(out.resolve(operation)))
        .contains("<a rel=\"nofollow\">x</a>")
        .doesNotContain("alert(20)");
    assertThat(SiteFiles.read(out.resolve("models/Evil.html")))
        .contains("&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(18)&lt;/script&gt;");
  }

  private static void assertInert(String file, Document page) {
    for (Element script : page.select("script")) {
      assertThat(script.data()).as(file + " inline script").isEmpty();
      assertThat(OUR_SCRIPTS).as(file).contains(script.attr("src").replace("../", ""));
    }
    assertThat(page.select("iframe, img, svg, object, embed, form, style, base, meta[http-equiv]"))
        .as(file)
        .isEmpty();
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as(file + " " + element.tagName()).doesNotStartWith("on");
        assertThat(attribute.getValue().toLowerCase(Locale.ROOT).strip())
            .as(file + " " + element.tagName() + "@" + attribute.getKey())
            .doesNotStartWith("javascript:")
            .doesNotStartWith("data:")
            .doesNotStartWith("vbscript:");
      }
    }
  }
}
