package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionsTest {

  @TempDir Path out;

  @Test
  void each_version_gets_a_folder_and_every_page_a_switcher_to_the_same_page_elsewhere()
      throws Exception {
    String v1 = SiteFiles.resource("tiny.yaml");
    String v2 =
        v1.replace("version: 0.1.0", "version: 0.2.0")
            .replace("operationId: getItem", "operationId: fetchItem");

    new ReferenceRenderer()
        .render(
            List.of(new VersionedDocument("v2 (latest)", v2), new VersionedDocument("v1", v1)),
            out);

    assertThat(SiteFiles.list(out))
        .contains(
            "index.html", "v2-latest-/index.html", "v1/index.html", "v1/operations/getItem.html")
        .contains("v2-latest-/operations/fetchItem.html", "v2-latest-/search.js", "v1/style.css");
    assertThat(
            Jsoup.parse(SiteFiles.read(out.resolve("index.html")))
                .select("meta[http-equiv=refresh]")
                .attr("content"))
        .isEqualTo("0; url=v2-latest-/index.html");
    Document model = Jsoup.parse(SiteFiles.read(out.resolve("v1/models/Item.html")));
    assertThat(model.select(".versions summary").text()).isEqualTo("Version: v1");
    assertThat(model.select(".versions a").eachAttr("href"))
        .containsExactly("../../v2-latest-/models/Item.html", "../../v1/models/Item.html");
    assertThat(model.select(".versions a[aria-current=page]").text()).isEqualTo("v1");
    Document renamed = Jsoup.parse(SiteFiles.read(out.resolve("v1/operations/getItem.html")));
    assertThat(renamed.select(".versions a").eachAttr("href"))
        .as("an operation missing from the other version links to that version's overview")
        .containsExactly("../../v2-latest-/index.html", "../../v1/operations/getItem.html");
    assertThat(SiteFiles.checkLinks(out).broken()).isEmpty();
  }

  @Test
  void a_single_document_has_no_switcher() throws Exception {
    new ReferenceRenderer().render(SiteFiles.resource("tiny.yaml"), out);

    assertThat(SiteFiles.read(out.resolve("index.html"))).doesNotContain("class=\"versions\"");
  }
}
