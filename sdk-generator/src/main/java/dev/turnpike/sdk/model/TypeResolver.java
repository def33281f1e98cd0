package dev.turnpike.sdk.model;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps OpenAPI schemas to {@link TypeRef}s, following refs into {@code components/schemas}. */
public final class TypeResolver {

  private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";

  /** What a component schema becomes. */
  public enum Category {
    MODEL,
    ENUM,
    UNION,
    ALIAS
  }

  private final Map<String, Schema> components;

  public TypeResolver(Map<String, Schema> components) {
    this.components = components == null ? Map.of() : components;
  }

  /** The type of {@code schema}; generic JSON for anything the SDKs do not model. */
  public TypeRef resolve(Schema<?> schema) {
    return resolve(schema, new HashSet<>());
  }

  /** Whether a component schema becomes a generated object model. */
  public static boolean isModel(Schema<?> schema) {
    boolean composed =
        schema.getAllOf() != null || schema.getOneOf() != null || schema.getAnyOf() != null;
    String type = typeOf(schema);
    boolean objectLike = type == null || "object".equals(type);
    return !composed && objectLike && schema.getProperties() != null;
  }

  /** What the component schema {@code schema} becomes in the SDKs. */
  public Category category(Schema<?> schema) {
    String type = typeOf(schema);
    boolean objectLike = type == null || "object".equals(type);
    if (schema.getProperties() != null && !schema.getProperties().isEmpty() && objectLike) {
      return Category.MODEL;
    }
    if (stringEnum(schema) != null) {
      return Category.ENUM;
    }
    if (variantsOf(schema).size() > 1) {
      return Category.UNION;
    }
    if (schema.getAllOf() != null && schema.getAllOf().size() > 1 && objectLike) {
      return Category.MODEL;
    }
    return Category.ALIAS;
  }

  /** The values of a string enum, or {@code null} when {@code schema} is not one. */
  public static List<String> stringEnum(Schema<?> schema) {
    String type = typeOf(schema);
    List<?> values = schema.getEnum();
    if (values == null || values.isEmpty() || !(type == null || "string".equals(type))) {
      return null;
    }
    List<String> strings = new ArrayList<>();
    for (Object value : values) {
      if (value instanceof String text) {
        strings.add(text);
      } else if (value != null) {
        return null;
      }
    }
    return strings.isEmpty() ? null : strings;
  }

  /** The non-null members of a oneOf, else of an anyOf; empty when there is neither. */
  public static List<Schema> variantsOf(Schema<?> schema) {
    List<Schema> members = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    if (members == null) {
      return List.of();
    }
    return members.stream().filter(m -> m != null && !isNullType(m)).toList();
  }

  private static boolean isNullType(Schema<?> schema) {
    if ("null".equals(schema.getType())) {
      return true;
    }
    Set<String> types = schema.getTypes();
    return schema.get$ref() == null && types != null && types.equals(Set.of("null"));
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
    List<String> real = types.stream().filter(t -> !"null".equals(t)).toList();
    return real.size() == 1 ? real.get(0) : null;
  }

  /** The component a ref names, or {@code null}. */
  public Schema<?> component(String ref) {
    String name = refName(ref);
    return name == null ? null : components.get(name);
  }

  private TypeRef resolve(Schema<?> schema, Set<String> visiting) {
    if (schema == null) {
      return TypeRef.of(TypeRef.Kind.JSON);
    }
    if (schema.get$ref() != null) {
      String name = refName(schema.get$ref());
      Schema<?> target = name == null ? null : components.get(name);
      if (target == null) {
        return TypeRef.of(TypeRef.Kind.JSON);
      }
      return switch (category(target)) {
        case MODEL -> TypeRef.model(name);
        case ENUM -> TypeRef.enumType(name);
        case UNION ->
            TypeRef.union(name, visiting.add(name) ? variants(target, visiting) : List.of());
        case ALIAS ->
            visiting.add(name) ? resolve(target, visiting) : TypeRef.of(TypeRef.Kind.JSON);
      };
    }
    List<Schema> variants = variantsOf(schema);
    if (variants.size() == 1) {
      return resolve(variants.get(0), new HashSet<>(visiting));
    }
    if (variants.size() > 1) {
      return TypeRef.union(null, variants(schema, visiting));
    }
    if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
      return resolve(schema.getAllOf().get(0), new HashSet<>(visiting));
    }
    String type = typeOf(schema);
    if (type == null) {
      return mapOrJson(schema, visiting);
    }
    return switch (type) {
      case "string" -> string(schema.getFormat());
      case "integer" ->
          TypeRef.of("int64".equals(schema.getFormat()) ? TypeRef.Kind.LONG : TypeRef.Kind.INTEGER);
      case "number" -> TypeRef.of(TypeRef.Kind.NUMBER);
      case "boolean" -> TypeRef.of(TypeRef.Kind.BOOLEAN);
      case "array" -> TypeRef.arrayOf(resolve(schema.getItems(), new HashSet<>(visiting)));
      case "object" -> mapOrJson(schema, visiting);
      default -> TypeRef.of(TypeRef.Kind.JSON);
    };
  }

  private List<TypeRef> variants(Schema<?> union, Set<String> visiting) {
    List<TypeRef> result = new ArrayList<>();
    for (Schema<?> variant : variantsOf(union)) {
      TypeRef type = resolve(variant, new HashSet<>(visiting));
      if (!result.contains(type)) {
        result.add(type);
      }
    }
    return result;
  }

  private static TypeRef string(String format) {
    if ("date".equals(format)) {
      return TypeRef.of(TypeRef.Kind.STRING, TypeRef.Format.DATE);
    }
    if ("date-time".equals(format)) {
      return TypeRef.of(TypeRef.Kind.STRING, TypeRef.Format.DATE_TIME);
    }
    return TypeRef.of(TypeRef.Kind.STRING);
  }

  private TypeRef mapOrJson(Schema<?> schema, Set<String> visiting) {
    boolean noProperties = schema.getProperties() == null || schema.getProperties().isEmpty();
    Object extra = schema.getAdditionalProperties();
    if (noProperties && extra instanceof Schema<?> values) {
      return TypeRef.mapOf(resolve(values, new HashSet<>(visiting)));
    }
    if (noProperties && Boolean.TRUE.equals(extra)) {
      return TypeRef.mapOf(TypeRef.of(TypeRef.Kind.JSON));
    }
    return TypeRef.of(TypeRef.Kind.JSON);
  }
}
