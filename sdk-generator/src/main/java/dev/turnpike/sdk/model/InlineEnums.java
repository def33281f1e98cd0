package dev.turnpike.sdk.model;

import dev.turnpike.sdk.naming.OperationNames;
import dev.turnpike.sdk.naming.UniqueNames;
import dev.turnpike.sdk.naming.Words;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Moves string enums declared inline on a property or parameter into {@code components/schemas}, so
 * that they get a generated type like component enums. The new component is named from the owner
 * (schema, operation or parameter component) and the property or parameter, {@code PetStatus}, with
 * a numeric suffix when that name is taken; the inline schema becomes a ref to it.
 */
final class InlineEnums {

  private final Map<String, Schema> schemas;
  private final UniqueNames names;

  private InlineEnums(Components components) {
    if (components.getSchemas() == null) {
      components.setSchemas(new LinkedHashMap<>());
    }
    this.schemas = components.getSchemas();
    this.names = new UniqueNames(schemas.keySet());
  }

  /** Rewrites {@code openApi} in place; {@code components} is its (possibly new) components. */
  static void hoist(OpenAPI openApi, Components components) {
    InlineEnums hoister = new InlineEnums(components);
    for (Map.Entry<String, Schema> entry : new ArrayList<>(hoister.schemas.entrySet())) {
      hoister.inSchema(entry.getKey(), entry.getValue(), new HashSet<>());
    }
    if (components.getParameters() != null) {
      components.getParameters().values().forEach(p -> hoister.inParameter("", p));
    }
    Map<String, PathItem> paths = openApi.getPaths() == null ? Map.of() : openApi.getPaths();
    for (Map.Entry<String, PathItem> path : paths.entrySet()) {
      PathItem item = path.getValue();
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
        Operation operation = entry.getValue();
        String owner =
            OperationNames.baseName(
                operation.getOperationId(), entry.getKey().name(), path.getKey());
        Stream.of(item.getParameters(), operation.getParameters())
            .filter(Objects::nonNull)
            .forEach(list -> list.forEach(p -> hoister.inParameter(owner, p)));
      }
    }
  }

  private void inParameter(String owner, Parameter parameter) {
    if (parameter == null || parameter.get$ref() != null || parameter.getName() == null) {
      return;
    }
    Schema<?> schema = parameter.getSchema();
    String name = owner + " " + parameter.getName();
    if (isInlineEnum(schema)) {
      parameter.setSchema(hoisted(name, schema));
    } else if (schema != null && isInlineEnum(schema.getItems())) {
      schema.setItems(hoisted(name, schema.getItems()));
    }
  }

  /** Properties of {@code schema} and of its inline allOf parts. */
  private void inSchema(String owner, Schema<?> schema, Set<Schema<?>> seen) {
    if (schema == null || schema.get$ref() != null || !seen.add(schema)) {
      return;
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        inSchema(owner, part, seen);
      }
    }
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null) {
      return;
    }
    for (Map.Entry<String, Schema> property : properties.entrySet()) {
      Schema<?> value = property.getValue();
      String name = owner + " " + property.getKey();
      if (isInlineEnum(value)) {
        property.setValue(hoisted(name, value));
      } else if (value != null
          && "array".equals(TypeResolver.typeOf(value))
          && isInlineEnum(value.getItems())) {
        value.setItems(hoisted(name, value.getItems()));
      }
    }
  }

  private static boolean isInlineEnum(Schema<?> schema) {
    return schema != null
        && schema.get$ref() == null
        && (schema.getProperties() == null || schema.getProperties().isEmpty())
        && schema.getAllOf() == null
        && schema.getOneOf() == null
        && schema.getAnyOf() == null
        && TypeResolver.stringEnum(schema) != null;
  }

  /** Adds {@code schema} as a new component and answers a ref to it. */
  private Schema<?> hoisted(String rawName, Schema<?> schema) {
    String base = Words.pascal(rawName);
    String name = names.claim(base.isEmpty() ? "Enum" : base);
    schemas.put(name, schema);
    Schema<?> ref = new Schema<>();
    ref.set$ref("#/components/schemas/" + name);
    ref.setDescription(schema.getDescription());
    return ref;
  }
}
