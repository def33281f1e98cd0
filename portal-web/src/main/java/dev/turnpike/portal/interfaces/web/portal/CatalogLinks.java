package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.application.CatalogView.Brand;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of catalog searches, and the tenant's colours as CSS, for the portal's pages. */
final class CatalogLinks {
  private CatalogLinks() {}

  /** {@code home?q=...&tag=...}, leaving out what is empty. */
  static String of(String home, String query, String tag) {
    StringBuilder link = new StringBuilder(home);
    char separator = '?';
    if (query != null && !query.isEmpty()) {
      link.append(separator).append("q=").append(enc(query));
      separator = '&';
    }
    if (tag != null && !tag.isEmpty()) {
      link.append(separator).append("tag=").append(enc(tag));
    }
    return link.toString();
  }

  /**
   * Custom properties the stylesheet reads. The values were checked as {@code #rrggbb} when they
   * were stored, so they cannot break out of the style rule.
   */
  static String brandStyle(Brand brand) {
    return "body.dp{--dp-accent:"
        + brand.brandColor()
        + ";--dp-accent-ink:"
        + brand.brandTextColor()
        + ";--dp-highlight:"
        + brand.accentColor()
        + ";--dp-highlight-ink:"
        + brand.accentTextColor()
        + "}";
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
