package dev.turnpike.docs.site;

import dev.turnpike.sdk.model.TypeResolver;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Describes schemas for people: {@code array of Pet} with a link, {@code integer (int64)}. */
final class TypeDescriber {

  private final Map<String, String> modelFiles;

  /** {@code modelFiles}: component schema name → page file name (without folder). */
  TypeDescriber(Map<String, String> modelFiles) {
    this.modelFiles = modelFiles;
  }

  SiteView.TypeView describe(Schema<?> schema) {
    return describe(schema, 0);
  }

  private SiteView.TypeView describe(Schema<?> schema, int depth) {
    if (schema == null) {
      return new SiteView.TypeView("", "any", "");
    }
    if (schema.get$ref() != null) {
      String name = TypeResolver.refName(schema.get$ref());
      String file = name == null ? null : modelFiles.get(name);
      String label = name == null ? schema.get$ref() : name;
      return new SiteView.TypeView("", label, file == null ? "" : "models/" + file);
    }
    String type = TypeResolver.typeOf(schema);
    if ("array".equals(type)) {
      SiteView.TypeView item =
          depth > 5 ? describe(null, depth) : describe(schema.getItems(), depth + 1);
      return new SiteView.TypeView(
          "array of " + item.prefix(), item.label(), item.href(), item.choices());
    }
    if (type == null && depth < 5) {
      for (String kind : List.of("oneOf", "anyOf", "allOf")) {
        List<Schema> parts = composition(schema, kind);
        if (!parts.isEmpty()) {
          List<SiteView.TypeView> choices = new ArrayList<>();
          parts.forEach(p -> choices.add(describe(p, depth + 1)));
          String prefix =
              switch (kind) {
                case "oneOf" -> "one of ";
                case "anyOf" -> "any of ";
                default -> "all of ";
              };
          return new SiteView.TypeView(prefix, "", "", choices);
        }
      }
    }
    if (type == null) {
      return new SiteView.TypeView("", schema.getProperties() != null ? "object" : "any", "");
    }
    if ("object".equals(type)
        && schema.getAdditionalProperties() instanceof Schema<?> values
        && schema.getProperties() == null) {
      SiteView.TypeView value = describe(values, depth + 1);
      return new SiteView.TypeView(
          "map of string to " + value.prefix(), value.label(), value.href(), value.choices());
    }
    String label = schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")";
    if (Boolean.TRUE.equals(schema.getNullable())) {
      label += ", nullable";
    }
    return new SiteView.TypeView("", label, "");
  }

  @SuppressWarnings("rawtypes")
  static List<Schema> composition(Schema<?> schema, String kind) {
    List<Schema> parts =
        switch (kind) {
          case "oneOf" -> schema.getOneOf();
          case "anyOf" -> schema.getAnyOf();
          default -> schema.getAllOf();
        };
    return parts == null ? List.of() : parts;
  }

  static String enumValues(Schema<?> schema) {
    if (schema == null || schema.getEnum() == null) {
      return "";
    }
    List<?> values = schema.getEnum();
    return values.stream().map(v -> String.valueOf(v)).collect(Collectors.joining(", "));
  }

  static String defaultValue(Schema<?> schema) {
    return schema == null || schema.getDefault() == null
        ? ""
        : Objects.toString(schema.getDefault());
  }

  /** Validation rules in words: {@code ≥ 1, ≤ 100, 3–20 characters, pattern ^a}. */
  static String constraints(Schema<?> schema) {
    if (schema == null) {
      return "";
    }
    List<String> out = new ArrayList<>();
    bound(
        out,
        schema.getMinimum(),
        schema.getExclusiveMinimum(),
        schema.getExclusiveMinimumValue(),
        true);
    bound(
        out,
        schema.getMaximum(),
        schema.getExclusiveMaximum(),
        schema.getExclusiveMaximumValue(),
        false);
    if (schema.getMinLength() != null || schema.getMaxLength() != null) {
      out.add(range(schema.getMinLength(), schema.getMaxLength()) + " characters");
    }
    if (schema.getMinItems() != null || schema.getMaxItems() != null) {
      out.add(range(schema.getMinItems(), schema.getMaxItems()) + " items");
    }
    if (Boolean.TRUE.equals(schema.getUniqueItems())) {
      out.add("unique items");
    }
    if (schema.getMultipleOf() != null) {
      out.add("multiple of " + schema.getMultipleOf().toPlainString());
    }
    if (schema.getPattern() != null) {
      out.add("pattern " + schema.getPattern());
    }
    if (Boolean.TRUE.equals(schema.getReadOnly())) {
      out.add("read-only");
    }
    if (Boolean.TRUE.equals(schema.getWriteOnly())) {
      out.add("write-only");
    }
    return String.join(", ", out);
  }

  private static void bound(
      List<String> out,
      BigDecimal value,
      Boolean exclusive,
      BigDecimal exclusiveValue,
      boolean min) {
    if (exclusiveValue != null) {
      out.add((min ? "> " : "< ") + exclusiveValue.toPlainString());
    } else if (value != null) {
      boolean strict = Boolean.TRUE.equals(exclusive);
      out.add((min ? (strict ? "> " : "≥ ") : (strict ? "< " : "≤ ")) + value.toPlainString());
    }
  }

  private static String range(Integer min, Integer max) {
    if (min != null && max != null) {
      return min.equals(max) ? String.valueOf(min) : min + "–" + max;
    }
    return min != null ? "at least " + min : "at most " + max;
  }
}
