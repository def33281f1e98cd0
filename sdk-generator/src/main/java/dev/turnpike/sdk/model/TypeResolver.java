package dev.turnpike.sdk.model;

import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Maps OpenAPI schemas to {@link TypeRef}s, following refs into {@code components/schemas}. */
public final class TypeResolver {

  private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";

  private final Map<String, Schema> components;

  public TypeResolver(Map<String, Schema> components) {
    this.components = components == null ? Map.of() : components;
  }

  /** The type of {@code schema}; generic JSON for anything the SDKs do not model. */
  public TypeRef resolve(Schema<?> schema) {
    return resolve(schema, new HashSet<>());
  }

  /** Whether a component schema becomes a generated model (an object with plain properties). */
  public static boolean isModel(Schema<?> schema) {
    boolean composed =
        schema.getAllOf() != null || schema.getOneOf() != null || schema.getAnyOf() != null;
    String type = typeOf(schema);
    boolean objectLike = type == null || "object".equals(type);
    return !composed && objectLike && schema.getProperties() != null;
  }

  /** Component name a ref points to, or {@code null} for refs outside components/schemas. */
  public static String refName(String ref) {
    if (ref == null || !ref.startsWith(SCHEMA_REF_PREFIX)) {
      return null;
    }
    return ref.substring(SCHEMA_REF_PREFIX.length());
  }

  /** The single JSON Schema type of {@code schema} (3.0 {@code type} or 3.1 {@code types}). */
  public static String typeOf(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    Set<String> types = schema.getTypes();
    if (types == null) {
      return null;
    }
    return types.stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
  }

  private TypeRef resolve(Schema<?> schema, Set<String> visiting) {
    if (schema == null) {
      return TypeRef.of(TypeRef.Kind.JSON);
    }
    if (schema.get$ref() != null) {
      String name = refName(schema.get$ref());
      Schema<?> target = name == null ? null : components.get(name);
      if (target == null || !visiting.add(name)) {
        return TypeRef.of(TypeRef.Kind.JSON);
      }
      return isModel(target) ? TypeRef.model(name) : resolve(target, visiting);
    }
    String type = typeOf(schema);
    if (type == null) {
      return TypeRef.of(TypeRef.Kind.JSON);
    }
    return switch (type) {
      case "string" -> TypeRef.of(TypeRef.Kind.STRING);
      case "integer" ->
          TypeRef.of("int64".equals(schema.getFormat()) ? TypeRef.Kind.LONG : TypeRef.Kind.INTEGER);
      case "number" -> TypeRef.of(TypeRef.Kind.NUMBER);
      case "boolean" -> TypeRef.of(TypeRef.Kind.BOOLEAN);
      case "array" -> TypeRef.arrayOf(resolve(schema.getItems(), new HashSet<>(visiting)));
      default -> TypeRef.of(TypeRef.Kind.JSON);
    };
  }
}
