package dev.turnpike.sdk.model;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Builds the {@link SchemaModel} of one component schema: allOf merged, enums, unions. */
final class SchemaModels {

  private final Map<String, Schema> schemas;
  private final TypeResolver types;

  SchemaModels(Components components, TypeResolver types) {
    this.schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
    this.types = types;
  }

  /** The model of component {@code name}, or {@code null} when it is only an alias. */
  SchemaModel of(String name, Schema<?> schema) {
    return switch (types.category(schema)) {
      case MODEL -> model(name, schema);
      case ENUM ->
          new SchemaModel(
              name,
              schema.getDescription(),
              List.of(),
              TypeResolver.stringEnum(schema),
              null,
              null,
              Map.of());
      case UNION -> union(name, schema);
      case ALIAS -> null;
    };
  }

  private SchemaModel model(String name, Schema<?> schema) {
    Map<String, Schema> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    collect(schema, properties, required, new HashSet<>());
    List<SchemaModel.PropertyModel> result = new ArrayList<>();
    properties.forEach(
        (wire, property) ->
            result.add(
                new SchemaModel.PropertyModel(
                    wire,
                    types.resolve(property),
                    required.contains(wire),
                    property == null ? null : property.getDescription())));
    return new SchemaModel(name, schema.getDescription(), result);
  }

  /** Properties of {@code schema}, allOf parts first, following refs. */
  private void collect(
      Schema<?> schema, Map<String, Schema> properties, Set<String> required, Set<String> seen) {
    if (schema == null) {
      return;
    }
    if (schema.get$ref() != null) {
      String ref = TypeResolver.refName(schema.get$ref());
      if (ref != null && seen.add(ref)) {
        collect(schemas.get(ref), properties, required, seen);
      }
      return;
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        collect(part, properties, required, seen);
      }
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach(properties::put);
    }
    if (schema.getRequired() != null) {
      required.addAll(schema.getRequired());
    }
  }

  private SchemaModel union(String name, Schema<?> schema) {
    TypeRef union = TypeRef.union(name, types.resolve(refTo(name)).variants());
    Discriminator discriminator = schema.getDiscriminator();
    Map<String, String> mapping = new LinkedHashMap<>();
    if (discriminator != null && discriminator.getPropertyName() != null) {
      if (discriminator.getMapping() != null) {
        discriminator
            .getMapping()
            .forEach(
                (value, ref) -> {
                  String target = ref.contains("/") ? TypeResolver.refName(ref) : ref;
                  if (target != null && union.variants().contains(TypeRef.model(target))) {
                    mapping.put(value, target);
                  }
                });
      }
      for (TypeRef variant : union.variants()) {
        if (variant.kind() == TypeRef.Kind.MODEL && !mapping.containsValue(variant.schemaName())) {
          mapping.put(variant.schemaName(), variant.schemaName());
        }
      }
    }
    return new SchemaModel(
        name,
        schema.getDescription(),
        List.of(),
        List.of(),
        union,
        discriminator == null ? null : discriminator.getPropertyName(),
        mapping);
  }

  private static Schema<?> refTo(String name) {
    Schema<?> ref = new Schema<>();
    ref.set$ref("#/components/schemas/" + Objects.requireNonNull(name));
    return ref;
  }
}
