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
      List<Model> models) {}

  /** One client method; {@code returnType} is {@code null} when the operation returns nothing. */
  public record Operation(
      String name,
      String method,
      String path,
      String summary,
      List<Argument> arguments,
      Argument body,
      String returnType,
      String decoder) {

    public List<Argument> in(String location) {
      return arguments.stream().filter(a -> a.location().equals(location)).toList();
    }
  }

  /** One method argument. */
  public record Argument(
      String name, String wireName, String location, String type, boolean required) {}

  /** One model type. */
  public record Model(String name, String description, List<Field> fields) {}

  /** One model field; {@code accessor} is the PascalCase suffix of Java getters and setters. */
  public record Field(
      String name,
      String wireName,
      String type,
      String decoder,
      String accessor,
      boolean required) {}
}
