package dev.turnpike.gateway.cors;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The origins of trusted developer portals ({@code turnpike.gateway.portal-origins}, {@code
 * --portal-origin}): browsers on these pages get CORS from every API, so the portal's try-it
 * console can call it with the developer's own key. Given as URLs; kept as the browser writes an
 * Origin header: {@code scheme://host[:port]}, lower case, without a default port or a path.
 */
public final class PortalOrigins {

  private static final PortalOrigins NONE = new PortalOrigins(Set.of());

  private final Set<String> origins;

  private PortalOrigins(Set<String> origins) {
    this.origins = Set.copyOf(origins);
  }

  public static PortalOrigins none() {
    return NONE;
  }

  /**
   * The origins of {@code urls} (blank entries skipped).
   *
   * @throws IllegalArgumentException naming a URL that is not {@code http(s)://host[:port][/...]}
   */
  public static PortalOrigins of(Collection<String> urls) {
    Set<String> origins = new LinkedHashSet<>();
    if (urls != null) {
      for (String url : urls) {
        if (url != null && !url.isBlank()) {
          origins.add(origin(url.trim()));
        }
      }
    }
    return origins.isEmpty() ? NONE : new PortalOrigins(origins);
  }

  /** A comma-separated list of URLs, as in an option or environment variable. */
  public static PortalOrigins parse(String commaSeparated) {
    return commaSeparated == null ? NONE : of(java.util.Arrays.asList(commaSeparated.split(",")));
  }

  /** True when {@code origin} (an Origin header's value) is a trusted portal's. */
  public boolean contains(String origin) {
    return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
  }

  public Set<String> origins() {
    return origins;
  }

  public boolean isEmpty() {
    return origins.isEmpty();
  }

  static String origin(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw bad(url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
      throw bad(url);
    }
    int port = uri.getPort();
    boolean defaultPort =
        port < 0
            || ("http".equals(scheme) && port == 80)
            || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port);
  }

  private static IllegalArgumentException bad(String url) {
    return new IllegalArgumentException(
        "portal origin '"
            + url
            + "' is not a URL such as https://portal.example.com or http://localhost:8080");
  }

  @Override
  public String toString() {
    return origins.toString();
  }
}
