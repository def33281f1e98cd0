package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkCheckTest {

  @TempDir Path out;

  @ParameterizedTest
  @ValueSource(strings = {"tiny.yaml", "hostile.yaml", "swagger2.json"})
  void every_internal_link_resolves_to_a_generated_file_and_anchor(String spec) throws Exception {
    new ReferenceRenderer().render(SiteFiles.resource(spec), out);

    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (String file : SiteFiles.list(out)) {
      if (!file.endsWith(".html")) {
        continue;
      }
      Path page = out.resolve(file);
      Document document = Jsoup.parse(page.toFile());
      for (Element link : document.select("a[href], link[href]")) {
        String href = link.attr("href");
        if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
          continue;
        }
        checked++;
        String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String anchor = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
        Path resolved = target.isEmpty() ? page : page.getParent().resolve(target).normalize();
        if (!resolved.startsWith(out) || !Files.isRegularFile(resolved)) {
          broken.add(file + " → " + href + " (no such file)");
        } else if (!anchor.isEmpty()
            && Jsoup.parse(resolved.toFile()).getElementById(anchor) == null) {
          broken.add(file + " → " + href + " (no element with id '" + anchor + "')");
        }
      }
    }
    assertThat(checked).isGreaterThan(5);
    assertThat(broken).isEmpty();
  }
}
