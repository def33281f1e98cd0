package dev.turnpike.sdk.model;

import java.util.List;

/**
 * A generated type for a schema in {@code components/schemas}: an object model (allOf parts merged
 * into it), a string enum, or a oneOf/anyOf union.
 *
 * @param name the component key
 * @param description may be {@code null}
 * @param properties in document order (allOf parts first); empty for enums and unions
 * @param enumValues values of a string enum, else empty
 * @param union the union type (with its variants) of a oneOf/anyOf schema, else {@code null}
 * @param discriminator wire name of the discriminating property of a union, or {@code null}
 * @param mapping discriminator value → schema name of each variant model of a union
 */
public record SchemaModel(
    String name,
    String description,
    List<PropertyModel> properties,
    List<String> enumValues,
    TypeRef union,
    String discriminator,
    java.util.Map<String, String> mapping) {

  public SchemaModel(String name, String description, List<PropertyModel> properties) {
    this(name, description, properties, List.of(), null, null, java.util.Map.of());
  }

  public boolean isEnum() {
    return !enumValues.isEmpty();
  }

  public boolean isUnion() {
    return union != null;
  }

  /**
   * One property of a model.
   *
   * @param wireName JSON name
   * @param type its type
   * @param required listed in the schema's {@code required}
   * @param description may be {@code null}
   */
  public record PropertyModel(
      String wireName, TypeRef type, boolean required, String description) {}
}
