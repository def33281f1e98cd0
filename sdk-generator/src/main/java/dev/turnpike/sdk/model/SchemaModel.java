package dev.turnpike.sdk.model;

import java.util.List;

/**
 * A generated model type for an object schema in {@code components/schemas}.
 *
 * @param name the component key
 * @param description may be {@code null}
 * @param properties in document order
 */
public record SchemaModel(String name, String description, List<PropertyModel> properties) {

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
