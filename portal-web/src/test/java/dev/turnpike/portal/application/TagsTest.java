package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagsTest {
  @Test
  void lowers_case_drops_duplicates_and_keeps_order() {
    assertThat(Tags.check(List.of("Payments", "open-banking", "payments", "v2")))
        .containsExactly("payments", "open-banking", "v2");
    assertThat(Tags.check(null)).isEmpty();
  }

  @Test
  void parses_what_a_person_types_in_a_form() {
    assertThat(Tags.parse(" pets,  animals adoption ,"))
        .containsExactly("pets", "animals", "adoption");
    assertThat(Tags.parse("  ")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "two words", "-pets", "pets-", "pet_store", "pëts", "a/b"})
  void refuses_tags_that_are_not_one_lower_case_word_naming_which(String tag) {
    assertThatThrownBy(() -> Tags.check(List.of("ok", tag)))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("tags[1]");
  }

  @Test
  void allows_32_characters_but_not_33() {
    String max = "a".repeat(32);
    assertThat(Tags.check(List.of(max))).containsExactly(max);
    assertThatThrownBy(() -> Tags.check(List.of(max + "b")))
        .hasMessageContaining("33 characters")
        .hasMessageContaining("limit is 32");
  }

  @Test
  void allows_ten_tags_but_not_eleven() {
    List<String> ten = IntStream.range(0, 10).mapToObj(i -> "t" + i).toList();
    assertThat(Tags.check(ten)).hasSize(10);
    assertThatThrownBy(() -> Tags.parse(String.join(" ", ten) + " t10"))
        .hasMessageContaining("11 tags")
        .hasMessageContaining("at most 10");
    // Duplicates do not count twice.
    assertThat(Tags.check(Arrays.asList("a", "a", "b"))).hasSize(2);
  }

  @Test
  void a_filter_follows_the_same_rule_and_nothing_asked_is_no_filter() {
    assertThat(Tags.filter(" Payments ")).isEqualTo("payments");
    assertThat(Tags.filter(null)).isEmpty();
    assertThatThrownBy(() -> Tags.filter("a b")).hasMessageContaining("Invalid tag");
  }
}
