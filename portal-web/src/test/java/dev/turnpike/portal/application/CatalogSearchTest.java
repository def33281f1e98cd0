package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.portal.application.CatalogView.Entry;
import dev.turnpike.portal.application.CatalogView.TagCount;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogSearchTest {
  private static final Entry PETS =
      entry("Pet Store", "Adopt a pet through our API", List.of("animals", "payments"));
  private static final Entry PAY = entry("Payments", "Take card payments", List.of("payments"));
  private static final Entry WEATHER = entry("Weather", null, List.of());
  private static final List<Entry> ALL = List.of(PETS, PAY, WEATHER);

  @Test
  void no_query_and_no_tag_find_everything() {
    assertThat(CatalogSearch.apply(ALL, "", "").matches()).containsExactly(PETS, PAY, WEATHER);
    assertThat(CatalogSearch.apply(ALL, null, null).matches()).hasSize(3);
  }

  @Test
  void every_word_must_appear_in_name_description_or_tags_ignoring_case() {
    assertThat(CatalogSearch.apply(ALL, "ADOPT", "").matches()).containsExactly(PETS);
    assertThat(CatalogSearch.apply(ALL, "pet animals", "").matches()).containsExactly(PETS);
    assertThat(CatalogSearch.apply(ALL, "pet weather", "").matches()).isEmpty();
    // "payments" is PETS' tag and PAY's name.
    assertThat(CatalogSearch.apply(ALL, "payments", "").matches()).containsExactly(PETS, PAY);
    assertThat(CatalogSearch.apply(ALL, "weath", "").matches()).containsExactly(WEATHER);
  }

  @Test
  void the_tag_filter_keeps_apis_with_that_tag_only() {
    assertThat(CatalogSearch.apply(ALL, "", "animals").matches()).containsExactly(PETS);
    assertThat(CatalogSearch.apply(ALL, "card", "animals").matches()).isEmpty();
    assertThat(CatalogSearch.apply(ALL, "", "nothing").matches()).isEmpty();
  }

  @Test
  void tag_counts_cover_the_search_matches_before_the_tag_filter_most_used_first() {
    assertThat(CatalogSearch.apply(ALL, "", "animals").tags())
        .containsExactly(new TagCount("payments", 2), new TagCount("animals", 1));
    assertThat(CatalogSearch.apply(ALL, "card", "").tags())
        .containsExactly(new TagCount("payments", 1));
  }

  @Test
  void a_query_longer_than_200_characters_is_refused() {
    assertThat(CatalogSearch.query("  pets ")).isEqualTo("pets");
    assertThatThrownBy(() -> CatalogSearch.query("x".repeat(201)))
        .hasMessageContaining("Invalid q")
        .hasMessageContaining("201 characters");
  }

  private static Entry entry(String name, String description, List<String> tags) {
    return new Entry(
        name.toLowerCase().replace(' ', '-'),
        name,
        "1",
        "prod",
        description,
        null,
        tags,
        "http://gw/x/prod",
        List.of(),
        List.of(),
        List.of());
  }
}
