package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaRenderingTest {

  @TempDir Path out;

  @BeforeEach
  void render() {
    new ReferenceRenderer().render(SiteFiles.resource("composition.yaml"), out);
  }

  private Document page(String file) {
    return Jsoup.parse(SiteFiles.read(out.resolve(file)));
  }

  @Test
  void one_of_is_listed_with_its_meaning_discriminator_and_links() {
    Document animal = page("models/Animal.html");

    assertThat(animal.select(".composition-oneOf").text())
        .contains("oneOf: Exactly one of the following.", "Cat", "Dog");
    assertThat(animal.select(".composition-oneOf a").eachAttr("href"))
        .containsExactly("../models/Cat.html", "../models/Dog.html");
    assertThat(animal.select(".discriminator").text())
        .isEqualTo("The property kind selects the schema: cat → Cat, dog → Dog");
  }

  @Test
  void all_of_shows_the_referenced_base_and_the_inline_part_with_its_properties() {
    Document dog = page("models/Dog.html");

    assertThat(dog.select(".composition-allOf > p").text())
        .isEqualTo("allOf: All of the following: a value has every property of each.");
    assertThat(dog.select(".composition-allOf li").get(0).text()).startsWith("Pet");
    assertThat(dog.select(".composition-allOf li").get(1).text())
        .contains("Dog details", "barks", "boolean");
    assertThat(dog.select("h2#example + pre").text())
        .contains("\"name\" : \"Tom\"", "\"barks\" : true");
  }

  @Test
  void any_of_variants_and_nested_inline_objects_are_expanded() {
    assertThat(page("models/Contact.html").select(".composition-anyOf").text())
        .contains("Any of the following: at least one must match.", "By phone", "phone", "By mail");

    Document pet = page("models/Pet.html");
    assertThat(pet.select("tr.depth-0 > td:first-child").eachText())
        .containsExactly("name", "kind", "owner");
    assertThat(pet.select("tr.depth-1 > td:first-child").eachText())
        .containsExactly("email", "address");
    assertThat(pet.select("tr.depth-2").text()).contains("city", "Default: Berlin");
    assertThat(pet.select("tr#prop-name").text())
        .contains("yes", "1–40 characters", "Example: Tom");
    assertThat(pet.select("tr#prop-kind").text()).contains("One of: cat, dog");
  }

  @Test
  void operation_shows_parameter_details_body_schema_responses_headers_and_examples() {
    Document list = page("operations/listAnimals.html");

    assertThat(list.select("tr#param-query-limit").text())
        .contains("integer", "Default: 20", "≥ 1, ≤ 100", "Example: 25", "Page size.");
    assertThat(list.select("tr#param-query-kind").text()).contains("One of: cat, dog");
    assertThat(list.select("tr#param-header-x-request-id").text()).contains("string (uuid)");
    assertThat(list.select("#response-200").text()).contains("200");
    assertThat(list.select("section.response").get(0).text())
        .contains("array of Animal", "X-Total", "How many animals there are.");
    assertThat(list.select("section.response").get(1).select("pre").text())
        .contains("\"code\" : 503", "\"message\" : \"Try later\"");

    Document add = page("operations/addAnimal.html");
    assertThat(add.select("#request-body ~ p").first().text())
        .contains("application/json", "(required)", "Animal");
    assertThat(add.select(".composition-oneOf").text()).contains("Cat", "Dog");
    assertThat(add.select("details.example pre").first().text()).contains("\"name\" : \"Tom\"");
    assertThat(add.text()).contains("About /animals:", "The animal collection.");
  }

  @Test
  void overview_explains_api_key_and_jwt_authentication() {
    Document index = page("index.html");

    assertThat(index.select("#authentication ~ pre").first().text())
        .isEqualTo("x-api-key: YOUR_API_KEY");
    assertThat(index.text())
        .contains(
            "jwt: Bearer token (JWT)",
            "Authorization: Bearer YOUR_JWT",
            "https://zoo.example.com/v2");
  }
}
