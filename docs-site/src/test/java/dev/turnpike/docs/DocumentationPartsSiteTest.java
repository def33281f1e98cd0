package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.docs.parts.DocumentationParts;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentationPartsSiteTest {

  @TempDir Path out;

  @Test
  void parts_override_and_add_descriptions_across_the_site() throws Exception {
    DocumentationParts parts =
        DocumentationParts.parse(
            SiteFiles.resource("composition-parts.json"), "composition-parts.json");

    new ReferenceRenderer().render(SiteFiles.resource("composition.yaml"), parts, out);

    Document index = Jsoup.parse(SiteFiles.read(out.resolve("index.html")));
    assertThat(index.select("main > .description").html())
        .isEqualTo("<p>Our <em>zoo</em>, documented.</p>");
    Document list = Jsoup.parse(SiteFiles.read(out.resolve("operations/listAnimals.html")));
    assertThat(list.select("p.summary").text()).isEqualTo("Browse the zoo");
    assertThat(list.select("main > .description").first().text())
        .isEqualTo("Pages through every animal.");
    assertThat(list.select("tr#param-query-limit").text()).contains("How many per page.");
    assertThat(list.select("tr#param-header-x-request-id").text()).contains("Correlates logs.");
    assertThat(list.select("section.response").get(0).text())
        .contains("The animals you may see.", "One page.", "Total count, all pages.");
    Document add = Jsoup.parse(SiteFiles.read(out.resolve("operations/addAnimal.html")));
    assertThat(add.text()).contains("Describe the newcomer.", "The herd, documented.");
    assertThat(SiteFiles.read(out.resolve("models/Pet.html")))
        .contains("Anything kept at the zoo.");
    assertThat(SiteFiles.checkLinks(out).broken()).isEmpty();
  }

  @Test
  void embedded_x_amazon_apigateway_documentation_is_applied_too() throws Exception {
    String document =
        SiteFiles.resource("tiny.yaml")
            + """
            x-amazon-apigateway-documentation:
              version: "1"
              documentationParts:
                - location: {type: METHOD, path: /items, method: POST}
                  properties: '{"description": "Stores one item from the embedded parts."}'
            """;

    new ReferenceRenderer().render(document, out);

    assertThat(SiteFiles.read(out.resolve("operations/postItems.html")))
        .contains("Stores one item from the embedded parts.");
  }

  @Test
  void a_part_pointing_nowhere_fails_the_render_with_its_location() {
    DocumentationParts parts =
        DocumentationParts.parse(
            "[{\"location\":{\"type\":\"RESPONSE\",\"path\":\"/items\",\"method\":\"POST\",\"statusCode\":\"500\"},\"properties\":{}}]",
            "parts.json");

    assertThatThrownBy(
            () -> new ReferenceRenderer().render(SiteFiles.resource("tiny.yaml"), parts, out))
        .isInstanceOf(DocsRenderException.class)
        .hasMessage(
            "Cannot render reference docs: Documentation part 1 (RESPONSE POST /items 500) in the"
                + " documentation parts: POST /items has no response 500. Fix location.statusCode.");
  }
}
