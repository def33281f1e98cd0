package dev.turnpike.gateway.openapi;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which extensions an export speaks. {@link #TURNPIKE} writes our {@code x-turnpike-*} ones (read
 * back by Turnpike only); {@link #AWS} writes Amazon's {@code x-amazon-apigateway-*} ones in the
 * shape Amazon API Gateway's own export has, so the document can be imported there.
 */
public enum ExportFlavour {
  TURNPIKE(Extensions.OURS),
  AWS(Extensions.AMAZON);

  private final String prefix;

  ExportFlavour(String prefix) {
    this.prefix = prefix;
  }

  /** The full extension name for {@code suffix}, e.g. {@code x-turnpike-integration}. */
  String extension(String suffix) {
    return prefix + suffix;
  }

  /**
   * The flavour named {@code name} in any case ({@code turnpike}, {@code aws}); an unknown name
   * throws {@link IllegalArgumentException} listing the known ones.
   */
  public static ExportFlavour named(String name) {
    return Arrays.stream(values())
        .filter(f -> f.name().equalsIgnoreCase(name == null ? "" : name.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown flavour '" + name + "'; use turnpike or aws"));
  }

  /** The lower-case name used in query parameters and file names. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
