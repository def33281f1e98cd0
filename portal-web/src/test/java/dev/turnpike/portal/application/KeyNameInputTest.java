package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyNameInputTest {
  @ParameterizedTest
  @ValueSource(strings = {"staging app", "x", "Prod – EU (v2)", "ünïcode ✓", "🚀 rocket"})
  void accepts_printable_names_of_1_to_64_characters(String name) {
    assertThat(Inputs.keyName("  " + name + " ")).isEqualTo(name);
  }

  @Test
  void counts_characters_not_utf16_units_so_64_emoji_fit_and_65_do_not() {
    assertThat(Inputs.keyName("🚀".repeat(64))).hasSize(128);
    assertThatThrownBy(() -> Inputs.keyName("🚀".repeat(65))).hasMessageContaining("limit");
    assertThatThrownBy(() -> Inputs.keyName("x".repeat(65)))
        .hasMessageContaining("Invalid name")
        .hasMessageContaining("65 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tab\there", "be\u0007ll", "zero\u200bwidth", "n\u0000ul"})
  void refuses_control_and_invisible_characters(String name) {
    assertThatThrownBy(() -> Inputs.keyName(name))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("unprintable");
  }

  @Test
  void refuses_a_blank_name() {
    assertThatThrownBy(() -> Inputs.keyName("   ")).hasMessageContaining("required");
  }
}
