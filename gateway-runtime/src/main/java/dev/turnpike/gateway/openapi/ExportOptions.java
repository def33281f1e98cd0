package dev.turnpike.gateway.openapi;

/**
 * How to export: the extensions ({@code flavour}), the text ({@code format}), the stage URL to list
 * as the document's server (null: none) and the document the definition was imported from (null:
 * none), whose documentation the export keeps (see {@link SourceDocumentation}).
 */
public record ExportOptions(
    ExportFlavour flavour, ExportFormat format, String serverUrl, String sourceDocument) {

  public ExportOptions {
    if (flavour == null || format == null) {
      throw new IllegalArgumentException("An export needs a flavour and a format");
    }
  }

  public static ExportOptions of(ExportFlavour flavour, ExportFormat format) {
    return new ExportOptions(flavour, format, null, null);
  }

  public ExportOptions withServerUrl(String url) {
    return new ExportOptions(flavour, format, url, sourceDocument);
  }

  public ExportOptions withSource(String document) {
    return new ExportOptions(flavour, format, serverUrl, document);
  }
}
