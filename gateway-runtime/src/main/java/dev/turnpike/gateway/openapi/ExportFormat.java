package dev.turnpike.gateway.openapi;

import java.util.Arrays;

/** The text an export is written as, with the media type it is served under. */
public enum ExportFormat {
  JSON("application/json"),
  YAML("application/yaml");

  private final String mediaType;

  ExportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The format named {@code name} in any case ({@code json}, {@code yaml}); an unknown name throws
   * {@link IllegalArgumentException} listing the known ones.
   */
  public static ExportFormat named(String name) {
    return Arrays.stream(values())
        .filter(f -> f.name().equalsIgnoreCase(name == null ? "" : name.trim()))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("unknown format '" + name + "'; use json or yaml"));
  }
}
