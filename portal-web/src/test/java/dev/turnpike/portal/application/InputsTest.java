package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputsTest {
  @ParameterizedTest
  @ValueSource(strings = {"acme", "a1b", "acme-pets", "a1-b2-c3"})
  void accepts_lower_case_slugs_with_inner_hyphens(String slug) {
    assertThat(Inputs.slug(slug)).isEqualTo(slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme", "-acme", "acme-", "ac me", "acme/../x", "ünï", "a", "ab"})
  void refuses_slugs_that_cannot_be_part_of_a_url_naming_the_field(String slug) {
    assertThatThrownBy(() -> Inputs.slug(slug))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("Invalid slug")
        .satisfies(
            e ->
                assertThat(((PortalException) e).kind())
                    .isEqualTo(PortalException.Kind.BAD_REQUEST));
  }

  @Test
  void refuses_blank_and_too_long_names_saying_the_limit() {
    assertThatThrownBy(() -> Inputs.name("name", "  ", 10)).hasMessageContaining("required");
    assertThatThrownBy(() -> Inputs.name("name", "x".repeat(11), 10))
        .hasMessageContaining("11 characters")
        .hasMessageContaining("limit is 10");
    assertThat(Inputs.name("name", "  Acme  ", 10)).isEqualTo("Acme");
  }

  @Test
  void refuses_negative_or_infinite_rates() {
    assertThatThrownBy(() -> Inputs.rate("throttleRate", -1.0))
        .hasMessageContaining("throttleRate");
    assertThatThrownBy(() -> Inputs.rate("throttleRate", Double.POSITIVE_INFINITY))
        .hasMessageContaining("throttleRate");
    assertThatThrownBy(() -> Inputs.rate("throttleRate", Double.NaN))
        .hasMessageContaining("throttleRate");
    assertThat(Inputs.rate("throttleRate", 0.5)).isEqualTo(0.5);
  }

  @Test
  void stage_names_are_url_safe() {
    assertThat(Inputs.stage("prod_v2-beta")).isEqualTo("prod_v2-beta");
    assertThatThrownBy(() -> Inputs.stage("prod/../x")).hasMessageContaining("stage");
  }
}
