package dev.turnpike.docs.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.turnpike.sdk.model.TypeResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Example values as pretty JSON: the document's own example where it has one (media type, named
 * examples, schema), else one made up from the schema (first enum value, default, format-shaped
 * strings), with cycles and depth bounded.
 */
final class Examples {

  private static final int MAX_DEPTH = 6;
  private static final int MAX_PROPERTIES = 40;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Components components;

  Examples(Components components) {
    this.components = components;
  }

  /** The example of a media type, or {@code ""} when there is no schema to make one from. */
  String of(MediaType media) {
    if (media == null) {
      return "";
    }
    if (media.getExample() != null) {
      return json(media.getExample());
    }
    if (media.getExamples() != null) {
      for (Example example : media.getExamples().values()) {
        Example resolved = resolve(example);
        if (resolved != null && resolved.getValue() != null) {
          return json(resolved.getValue());
        }
      }
    }
    return media.getSchema() == null ? "" : of(media.getSchema());
  }

  /** The example of a schema. */
  String of(Schema<?> schema) {
    Object value = value(schema, 0, new HashSet<>());
    return value == null ? "" : json(value);
  }

  /** A short inline example (for parameters): the document's only, never a made-up one. */
  static String given(Object example, Schema<?> schema) {
    Object value = example != null ? example : schema == null ? null : schema.getExample();
    if (value == null) {
      return "";
    }
    return value instanceof String text ? text : json(value).replaceAll("\\s*\\n\\s*", " ");
  }

  private Object value(Schema<?> schema, int depth, Set<String> seen) {
    if (schema == null || depth > MAX_DEPTH) {
      return null;
    }
    if (schema.get$ref() != null) {
      String name = TypeResolver.refName(schema.get$ref());
      Schema<?> target =
          name == null || components.getSchemas() == null
              ? null
              : components.getSchemas().get(name);
      if (target == null || seen.contains(name)) {
        return null;
      }
      Set<String> inner = new HashSet<>(seen);
      inner.add(name);
      return value(target, depth + 1, inner);
    }
    if (schema.getExample() != null) {
      return schema.getExample();
    }
    if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
      return schema.getExamples().get(0);
    }
    if (schema.getDefault() != null) {
      return schema.getDefault();
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return schema.getEnum().get(0);
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      Map<String, Object> merged = new LinkedHashMap<>();
      for (Schema<?> part : schema.getAllOf()) {
        if (normal(value(part, depth + 1, seen)) instanceof Map<?, ?> map) {
          map.forEach((k, v) -> merged.put(String.valueOf(k), v));
        }
      }
      if (schema.getProperties() != null) {
        merged.putAll(properties(schema, depth, seen));
      }
      return merged;
    }
    for (List<Schema> choices : java.util.Arrays.asList(schema.getOneOf(), schema.getAnyOf())) {
      if (choices != null && !choices.isEmpty()) {
        return value(choices.get(0), depth + 1, seen);
      }
    }
    String type = TypeResolver.typeOf(schema);
    if (type == null) {
      type = schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : "";
    }
    return switch (type) {
      case "object" -> {
        Map<String, Object> object = properties(schema, depth, seen);
        if (object.isEmpty() && schema.getAdditionalProperties() instanceof Schema<?> values) {
          object.put("key", value(values, depth + 1, seen));
        }
        yield object;
      }
      case "array" -> {
        Object item = value(schema.getItems(), depth + 1, seen);
        yield item == null ? List.of() : List.of(item);
      }
      case "integer" -> schema.getMinimum() != null ? schema.getMinimum() : 0;
      case "number" -> schema.getMinimum() != null ? schema.getMinimum() : new BigDecimal("0.0");
      case "boolean" -> true;
      case "string" -> string(schema.getFormat());
      default -> null;
    };
  }

  private Map<String, Object> properties(Schema<?> schema, int depth, Set<String> seen) {
    Map<String, Object> object = new LinkedHashMap<>();
    if (schema.getProperties() != null) {
      int count = 0;
      for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
        if (count++ >= MAX_PROPERTIES) {
          break;
        }
        if (!Boolean.TRUE.equals(property.getValue().getWriteOnly())) {
          object.put(property.getKey(), value(property.getValue(), depth + 1, seen));
        }
      }
    }
    return object;
  }

  private static String string(String format) {
    return switch (format == null ? "" : format) {
      case "date-time" -> "2024-01-31T12:00:00Z";
      case "date" -> "2024-01-31";
      case "time" -> "12:00:00";
      case "email" -> "user@example.com";
      case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
      case "uri", "url" -> "https://example.com";
      case "hostname" -> "example.com";
      case "ipv4" -> "192.0.2.1";
      case "ipv6" -> "2001:db8::1";
      case "byte" -> "U3dhZ2dlcg==";
      case "binary" -> "<binary>";
      case "password" -> "********";
      default -> "string";
    };
  }

  private Example resolve(Example example) {
    if (example == null || example.get$ref() == null) {
      return example;
    }
    String name = example.get$ref().substring(example.get$ref().lastIndexOf('/') + 1);
    return components.getExamples() == null ? null : components.getExamples().get(name);
  }

  /** Maps, lists, JSON trees, numbers, booleans and strings as they are; anything else as text. */
  private static Object normal(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof JsonNode) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), normal(v)));
      return out;
    }
    if (value instanceof Iterable<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(normal(v)));
      return out;
    }
    return String.valueOf(value);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(normal(value));
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }
}
