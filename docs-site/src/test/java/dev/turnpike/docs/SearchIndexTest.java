package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

  @TempDir Path out;

  @Test
  void index_lists_operations_models_and_tags_with_pages_that_exist() throws Exception {
    new ReferenceRenderer().render(SiteFiles.resource("composition.yaml"), out);

    JsonNode index = new ObjectMapper().readTree(SiteFiles.read(out.resolve("search-index.json")));
    List<String> titles = new ArrayList<>();
    for (JsonNode entry : index) {
      titles.add(entry.get("kind").asText() + ":" + entry.get("title").asText());
      String url = entry.get("url").asText();
      assertThat(out.resolve(url.replaceAll("#.*", ""))).as(url).exists();
    }
    assertThat(titles)
        .contains(
            "operation:GET /animals",
            "operation:POST /animals",
            "model:Pet",
            "model:Animal",
            "tag:animals");
    assertThat(SiteFiles.read(out.resolve("search-index.js")))
        .startsWith("window.TURNPIKE_SEARCH_INDEX = [")
        .endsWith("];\n");
    assertThat(SiteFiles.read(out.resolve("index.html")))
        .contains("<script src=\"search-index.js\" defer></script>", "id=\"search-input\"");
  }
}
