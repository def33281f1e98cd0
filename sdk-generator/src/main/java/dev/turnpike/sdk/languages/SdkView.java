package dev.turnpike.sdk.languages;

import java.util.List;

/** Values the SDK templates read, already spelled for one language. */
public final class SdkView {

  private SdkView() {}

  /** The whole SDK. */
  public record Api(
      String title,
      String version,
      String baseUrl,
      String packageName,
      String clientName,
      List<Operation> operations,
      List<Model> models) {

    public List<Model> of(String kind) {
      return models.stream().filter(m -> m.kind().equals(kind)).toList();
    }
  }

  /**
   * One client method; {@code returnType} is {@code null} when the operation returns nothing;
   * {@code responseKind} is {@code json}, {@code text} or {@code binary}.
   */
  public record Operation(
      String name,
      String method,
      String path,
      String summary,
      List<Argument> arguments,
      Argument body,
      String returnType,
      String decoder,
      String responseKind) {

    public List<Argument> in(String location) {
      return arguments.stream().filter(a -> a.location().equals(location)).toList();
    }
  }

  /** One method argument. */
  public record Argument(
      String name, String wireName, String location, String type, boolean required) {}

  /**
   * One generated type: {@code kind} is {@code model}, {@code enum} or {@code union}. Models list
   * the unions they belong to in {@code parents}; unions list their {@code variants} (type
   * expressions) and, with a discriminator, its {@code mapping} to variant type names; {@code
   * polymorphic} unions are ones every variant of which is a model.
   */
  public record Model(
      String kind,
      String name,
      String description,
      List<Field> fields,
      List<Constant> constants,
      List<String> variants,
      String discriminator,
      List<Constant> mapping,
      List<String> parents,
      String decoder) {}

  /** An enum constant, or a discriminator value ({@code name}) and its type ({@code value}). */
  public record Constant(String name, String value) {}

  /** One model field; {@code accessor} is the PascalCase suffix of Java getters and setters. */
  public record Field(
      String name,
      String wireName,
      String type,
      String decoder,
      String accessor,
      boolean required) {}
}
