package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrandColourTest {
  @Test
  void parses_either_case_and_writes_lower_case() {
    assertThat(BrandColour.parse("brandColor", " #0B7285 ").hex()).isEqualTo("#0b7285");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0b7285", "#0b728", "#0b72855", "#gggggg", "red", "rgb(1,2,3)"})
  void refuses_anything_but_hash_and_six_hex_digits_naming_the_field(String value) {
    assertThatThrownBy(() -> BrandColour.parse("accentColor", value))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("Invalid accentColor")
        .hasMessageContaining("#rrggbb");
  }

  @Test
  void contrast_follows_wcag_black_on_white_is_21_and_a_colour_with_itself_is_1() {
    BrandColour black = BrandColour.parse("c", "#000000");
    assertThat(black.contrastWith(BrandColour.WHITE)).isCloseTo(21.0, within(0.001));
    assertThat(BrandColour.WHITE.contrastWith(black)).isCloseTo(21.0, within(0.001));
    assertThat(black.contrastWith(black)).isCloseTo(1.0, within(0.001));
    // WCAG's worked value: #777777 on white is about 4.48:1, just below AA.
    assertThat(BrandColour.parse("c", "#777777").contrastWith(BrandColour.WHITE))
        .isCloseTo(4.48, within(0.01));
  }

  @Test
  void picks_white_text_on_dark_colours_and_dark_text_on_light_ones() {
    assertThat(BrandColour.parse("c", "#0b3d91").textColour()).isEqualTo(BrandColour.WHITE);
    assertThat(BrandColour.parse("c", "#ffd43b").textColour()).isEqualTo(BrandColour.INK);
    assertThat(BrandColour.parse("c", "#ffffff").textColour()).isEqualTo(BrandColour.INK);
    // Mid grey: white gives 4.48:1 and the portal's ink less; black reaches AA.
    assertThat(BrandColour.parse("c", "#777777").textColour()).isEqualTo(BrandColour.BLACK);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"#777777", "#ff0000", "#00ff00", "#0000ff", "#808080", "#3b5bdb", "#767676"})
  void the_chosen_text_colour_always_reaches_wcag_aa(String colour) {
    BrandColour c = BrandColour.parse("c", colour);
    assertThat(c.contrastWith(c.textColour())).isGreaterThanOrEqualTo(BrandColour.AA);
  }

  @Test
  void across_the_whole_colour_cube_the_text_colour_reaches_aa() {
    for (int r = 0; r < 256; r += 15) {
      for (int g = 0; g < 256; g += 15) {
        for (int b = 0; b < 256; b += 15) {
          BrandColour c = new BrandColour(r, g, b);
          assertThat(c.contrastWith(c.textColour())).as(c.hex()).isGreaterThanOrEqualTo(4.5);
        }
      }
    }
  }
}
