package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** WCAG 2.1 AA: every text colour of the skin on every background it sits on, light and dark. */
class ContrastTest {

  private static final List<String> TEXT =
      List.of("--fg", "--muted", "--link", "--get", "--post", "--put", "--delete");
  private static final List<String> BACKGROUNDS =
      List.of("--bg", "--code-bg", "--surface", "--highlight");

  @Test
  void text_colours_reach_4_5_to_1_on_every_background_in_both_themes() {
    String css = SiteFiles.resource("docs-skin/style.css");
    Map<String, String> light = variables(block(css, ":root {"));
    Map<String, String> dark = variables(block(css, ":root[data-theme=\"dark\"] {"));
    assertThat(variables(block(css, ":root:not([data-theme=\"light\"]) {")))
        .as("the system-dark palette equals the chosen-dark one")
        .isEqualTo(dark);

    for (Map<String, String> theme : List.of(light, dark)) {
      for (String text : TEXT) {
        for (String background : BACKGROUNDS) {
          double ratio = contrast(theme.get(text), theme.get(background));
          assertThat(ratio)
              .as(text + " on " + background + " " + theme)
              .isGreaterThanOrEqualTo(4.5);
        }
      }
      assertThat(contrast(theme.get("--focus"), theme.get("--bg")))
          .as("focus ring")
          .isGreaterThanOrEqualTo(3);
    }
  }

  private static String block(String css, String start) {
    int from = css.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    return css.substring(from, css.indexOf('}', from));
  }

  private static Map<String, String> variables(String block) {
    Map<String, String> out = new HashMap<>();
    Matcher m = Pattern.compile("(--[a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(block);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
