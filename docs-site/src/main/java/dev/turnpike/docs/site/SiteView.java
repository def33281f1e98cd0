package dev.turnpike.docs.site;

import dev.turnpike.docs.html.SafeHtml;
import java.util.List;

/** Values the docs templates read. Strings are plain text (templates escape them). */
public final class SiteView {

  private SiteView() {}

  /** The whole site. */
  public record Site(
      String title,
      String version,
      SafeHtml description,
      List<String> servers,
      String apiKeyHeader,
      List<Section> sections,
      List<ModelPage> models,
      List<OperationPage> operations) {}

  /** One tag. */
  public record Section(
      String id, String name, SafeHtml description, List<OperationPage> operations) {}

  /** One operation page, written to {@code operations/<name>.html}. */
  public record OperationPage(
      String name,
      String method,
      String path,
      String summary,
      SafeHtml description,
      boolean deprecated,
      List<ParameterRow> parameters,
      BodyView body,
      List<ResponseRow> responses,
      List<Sample> samples) {}

  /** One parameter. */
  public record ParameterRow(
      String name,
      String location,
      TypeView type,
      boolean required,
      String defaultValue,
      String enumValues,
      SafeHtml description) {}

  /** The request body. */
  public record BodyView(
      String contentType, TypeView type, boolean required, SafeHtml description) {}

  /** One response; {@code type} is {@code null} when it has no body. */
  public record ResponseRow(String status, SafeHtml description, TypeView type) {}

  /** One code sample. */
  public record Sample(String id, String label, String code) {}

  /** One model page, written to {@code models/<file>.html}. */
  public record ModelPage(
      String name,
      String file,
      SafeHtml description,
      TypeView type,
      String enumValues,
      List<PropertyRow> properties) {}

  /** One model property. */
  public record PropertyRow(
      String name, TypeView type, boolean required, String enumValues, SafeHtml description) {}

  /**
   * A type as text, with an optional link to a model page: {@code prefix} + {@code label}.
   *
   * @param href relative to the site root, {@code ""} when the label is not a link
   */
  public record TypeView(String prefix, String label, String href) {}
}
