package dev.turnpike.docs.site;

import dev.turnpike.sdk.model.TypeResolver;
import io.swagger.v3.oas.models.media.Schema;
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
      SiteView.TypeView item = describe(schema.getItems());
      return new SiteView.TypeView("array of " + item.prefix(), item.label(), item.href());
    }
    if (type == null) {
      return new SiteView.TypeView("", schema.getProperties() != null ? "object" : "any", "");
    }
    String label = schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")";
    return new SiteView.TypeView("", label, "");
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
}
