package dev.turnpike.portal.application;

import dev.turnpike.portal.application.CatalogView.Brand;
import dev.turnpike.portal.domain.model.tenant.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a tenant's colours and logo show in its portal. The text colour on each colour is chosen by
 * WCAG contrast, so buttons and chips always read; the brand colour is also the portal's link
 * colour on a white page, which a light brand colour cannot make readable: that is reported (as
 * notes for the console), never refused.
 */
final class Branding {
  /** The portal's own colours, for a tenant that has not chosen any. */
  static final String DEFAULT_BRAND = "#3b5bdb";

  static final String DEFAULT_ACCENT = "#e7ecfb";

  private Branding() {}

  static Brand brand(Tenant t) {
    BrandColour brand = colour(t.brandColor(), DEFAULT_BRAND);
    BrandColour accent = colour(t.accentColor(), DEFAULT_ACCENT);
    return new Brand(
        brand.hex(),
        brand.textColour().hex(),
        accent.hex(),
        accent.textColour().hex(),
        t.logoSha256() == null ? null : "logo?v=" + t.logoSha256().substring(0, 12));
  }

  /** What the console says about readability; empty when the portal's defaults are in use. */
  static List<String> notes(Tenant t) {
    List<String> notes = new ArrayList<>();
    if (t.brandColor() != null) {
      BrandColour brand = BrandColour.parse("brandColor", t.brandColor());
      notes.add(onColour("the brand colour", brand));
      double links = brand.contrastWith(BrandColour.WHITE);
      if (links < BrandColour.AA) {
        notes.add(
            "Links in "
                + brand.hex()
                + " on the white page have a contrast of "
                + ratio(links)
                + ", below the 4.5:1 WCAG AA asks for; they are kept, but a darker shade would"
                + " read better.");
      }
    }
    if (t.accentColor() != null) {
      notes.add(onColour("the accent colour", BrandColour.parse("accentColor", t.accentColor())));
    }
    return notes;
  }

  private static String onColour(String which, BrandColour colour) {
    BrandColour text = colour.textColour();
    return "Text on "
        + which
        + " "
        + colour.hex()
        + " is "
        + (text.equals(BrandColour.WHITE)
            ? "white"
            : text.equals(BrandColour.BLACK) ? "black" : "dark")
        + " (contrast "
        + ratio(colour.contrastWith(text))
        + ").";
  }

  private static BrandColour colour(String stored, String fallback) {
    return BrandColour.parse("colour", stored == null ? fallback : stored);
  }

  static String ratio(double contrast) {
    return String.format(Locale.ROOT, "%.1f:1", Math.floor(contrast * 10) / 10);
  }
}
