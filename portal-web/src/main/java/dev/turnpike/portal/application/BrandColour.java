package dev.turnpike.portal.application;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tenant's brand or accent colour, {@code #rrggbb}, with the WCAG 2.x arithmetic the portal uses
 * to keep text on it readable: relative luminance, contrast ratio, and the text colour (white or
 * near-black) that contrasts most.
 */
public record BrandColour(int red, int green, int blue) {
  /** WCAG AA for normal text. */
  public static final double AA = 4.5;

  public static final BrandColour WHITE = new BrandColour(255, 255, 255);

  /** The portal's ink, not pure black: the same text colour the rest of the portal uses. */
  public static final BrandColour INK = new BrandColour(0x16, 0x20, 0x2c);

  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  /** Parses {@code #rrggbb} (either case); the message names the field and the form wanted. */
  public static BrandColour parse(String field, String value) {
    String text = value == null ? "" : value.trim();
    if (!HEX.matcher(text).matches()) {
      throw PortalException.badInput(
          field, "'" + text + "' is not a colour; give it as #rrggbb, like #3b5bdb.");
    }
    int rgb = Integer.parseInt(text.substring(1), 16);
    return new BrandColour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
  }

  public String hex() {
    return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
  }

  /** WCAG relative luminance, 0 (black) to 1 (white). */
  public double luminance() {
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
  }

  /** WCAG contrast ratio, 1 to 21, whichever colour is lighter. */
  public double contrastWith(BrandColour other) {
    double a = luminance();
    double b = other.luminance();
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  public static final BrandColour BLACK = new BrandColour(0, 0, 0);

  /**
   * White or the portal's ink, whichever reads better on this colour; pure black for the mid tones
   * (around #777777) where neither reaches AA. One of white and black always does.
   */
  public BrandColour textColour() {
    BrandColour best = contrastWith(WHITE) >= contrastWith(INK) ? WHITE : INK;
    return contrastWith(best) < AA && contrastWith(BLACK) > contrastWith(best) ? BLACK : best;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
