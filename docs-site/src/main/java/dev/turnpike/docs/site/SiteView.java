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
      List<AuthView> auth,
      List<Section> sections,
      List<ModelPage> models,
      List<OperationPage> operations) {}

  /** One way to authenticate besides the gateway's API key. */
  public record AuthView(
      String name, String kind, String header, String example, SafeHtml description) {}

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
      SafeHtml resourceDescription,
      boolean deprecated,
      String tag,
      String tagId,
      List<ParameterRow> parameters,
      BodyView body,
      List<ResponseView> responses,
      List<Sample> samples) {}

  /** One parameter. */
  public record ParameterRow(
      String id,
      String name,
      String location,
      TypeView type,
      boolean required,
      String defaultValue,
      String enumValues,
      String example,
      String constraints,
      SafeHtml description) {}

  /** The request body. */
  public record BodyView(
      String contentType,
      boolean required,
      SafeHtml description,
      SchemaView schema,
      String example) {}

  /** One response; {@code schema} is {@code null} when it has no body. */
  public record ResponseView(
      String id,
      String status,
      SafeHtml description,
      String contentType,
      SafeHtml bodyDescription,
      SchemaView schema,
      String example,
      List<HeaderRow> headers) {}

  /** One response header. */
  public record HeaderRow(String name, TypeView type, SafeHtml description) {}

  /** One code sample. */
  public record Sample(String id, String label, String code) {}

  /** One model page, written to {@code models/<file>.html}. */
  public record ModelPage(
      String name, String file, SafeHtml description, SchemaView schema, String example) {}

  /**
   * A schema laid out for reading: its type, its properties (nested inline objects follow their
   * parent with a greater depth) and its allOf/oneOf/anyOf parts.
   */
  public record SchemaView(
      TypeView type,
      String enumValues,
      String constraints,
      List<FieldRow> fields,
      List<CompositionView> compositions,
      String discriminator) {}

  /** One property; {@code depth} 0 for top-level properties, 1 for their children and so on. */
  public record FieldRow(
      String id,
      int depth,
      String name,
      TypeView type,
      boolean required,
      boolean deprecated,
      String defaultValue,
      String enumValues,
      String constraints,
      String example,
      SafeHtml description) {}

  /** allOf, oneOf or anyOf with a sentence saying what it means. */
  public record CompositionView(String kind, String meaning, List<VariantView> variants) {}

  /** One schema inside a composition. */
  public record VariantView(
      String title, TypeView type, SafeHtml description, List<FieldRow> fields) {}

  /**
   * A type as text, with an optional link to a model page: {@code prefix} + {@code label}, or
   * {@code prefix} + the {@code choices} joined with {@code |} for oneOf/anyOf/allOf.
   *
   * @param href relative to the site root, {@code ""} when the label is not a link
   */
  public record TypeView(String prefix, String label, String href, List<TypeView> choices) {

    public TypeView(String prefix, String label, String href) {
      this(prefix, label, href, List.of());
    }
  }
}
