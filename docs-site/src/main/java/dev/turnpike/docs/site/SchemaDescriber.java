package dev.turnpike.docs.site;

import dev.turnpike.docs.html.MarkdownRenderer;
import dev.turnpike.docs.html.SafeHtml;
import dev.turnpike.sdk.model.TypeResolver;
import dev.turnpike.sdk.naming.UniqueNames;
import dev.turnpike.sdk.naming.Words;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lays a schema out as {@link SiteView.SchemaView}: property rows with inline objects expanded
 * below their parent (references link to their model page instead, so cycles cannot recurse), and
 * allOf/oneOf/anyOf as a list of variants with a sentence saying which apply.
 */
final class SchemaDescriber {

  private static final int MAX_DEPTH = 5;

  private final Components components;
  private final TypeDescriber types;
  private final MarkdownRenderer markdown;

  SchemaDescriber(Components components, TypeDescriber types, MarkdownRenderer markdown) {
    this.components = components;
    this.types = types;
    this.markdown = markdown;
  }

  /**
   * The view of {@code schema}; when {@code expandReference} and it is a reference to a model, the
   * model's properties are listed too (for request and response bodies).
   */
  SiteView.SchemaView describe(Schema<?> schema, String idPrefix, boolean expandReference) {
    SiteView.TypeView type = types.describe(schema);
    Schema<?> target = schema;
    if (schema != null && schema.get$ref() != null) {
      target = expandReference ? model(schema.get$ref()) : null;
    }
    if (target != null
        && "array".equals(TypeResolver.typeOf(target))
        && target.getItems() != null) {
      Schema<?> items = target.getItems();
      target = items.get$ref() != null ? (expandReference ? model(items.get$ref()) : null) : items;
    }
    if (target == null) {
      return new SiteView.SchemaView(type, "", "", List.of(), List.of(), "");
    }
    UniqueNames ids = new UniqueNames();
    List<SiteView.FieldRow> fields = new ArrayList<>();
    addFields(target, 0, idPrefix, fields, ids);
    return new SiteView.SchemaView(
        type,
        TypeDescriber.enumValues(target),
        TypeDescriber.constraints(target),
        fields,
        compositions(target, idPrefix, ids),
        discriminator(target));
  }

  private List<SiteView.CompositionView> compositions(
      Schema<?> schema, String idPrefix, UniqueNames ids) {
    List<SiteView.CompositionView> out = new ArrayList<>();
    for (String kind : List.of("allOf", "oneOf", "anyOf")) {
      List<Schema> parts = TypeDescriber.composition(schema, kind);
      if (parts.isEmpty()) {
        continue;
      }
      List<SiteView.VariantView> variants = new ArrayList<>();
      int number = 1;
      for (Schema<?> part : parts) {
        List<SiteView.FieldRow> fields = new ArrayList<>();
        String title;
        if (part.get$ref() != null) {
          title = TypeResolver.refName(part.get$ref());
        } else {
          title = part.getTitle() != null ? part.getTitle() : "Option " + number;
          addFields(part, 0, idPrefix + kind.toLowerCase() + number + "-", fields, ids);
        }
        variants.add(
            new SiteView.VariantView(
                title == null ? "Option " + number : title,
                types.describe(part),
                markdown.render(part.get$ref() == null ? part.getDescription() : null),
                fields));
        number++;
      }
      String meaning =
          switch (kind) {
            case "allOf" -> "All of the following: a value has every property of each.";
            case "oneOf" -> "Exactly one of the following.";
            default -> "Any of the following: at least one must match.";
          };
      out.add(new SiteView.CompositionView(kind, meaning, variants));
    }
    return out;
  }

  private void addFields(
      Schema<?> schema, int depth, String idPrefix, List<SiteView.FieldRow> out, UniqueNames ids) {
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null || depth > MAX_DEPTH) {
      return;
    }
    List<String> required = Objects.requireNonNullElse(schema.getRequired(), List.of());
    for (Map.Entry<String, Schema> entry : properties.entrySet()) {
      Schema<?> property = entry.getValue();
      if (property == null) {
        continue;
      }
      String example = Examples.given(null, property);
      out.add(
          new SiteView.FieldRow(
              ids.claim(idPrefix + "prop-" + slug(entry.getKey())),
              depth,
              entry.getKey(),
              types.describe(property),
              required.contains(entry.getKey()),
              Boolean.TRUE.equals(property.getDeprecated()),
              TypeDescriber.defaultValue(property),
              TypeDescriber.enumValues(property),
              TypeDescriber.constraints(property),
              example,
              description(property)));
      Schema<?> child = property;
      if (child.get$ref() == null
          && child.getItems() != null
          && child.getItems().get$ref() == null) {
        child = child.getItems();
      }
      if (child.get$ref() == null) {
        addFields(child, depth + 1, idPrefix + slug(entry.getKey()) + "-", out, ids);
        for (String kind : List.of("allOf", "oneOf", "anyOf")) {
          for (Schema<?> part : TypeDescriber.composition(child, kind)) {
            if (part.get$ref() == null) {
              addFields(part, depth + 1, idPrefix + slug(entry.getKey()) + "-", out, ids);
            }
          }
        }
      }
    }
  }

  private SafeHtml description(Schema<?> property) {
    String text = property.getDescription();
    if (text == null && property.getTitle() != null) {
      text = property.getTitle();
    }
    return markdown.render(text);
  }

  private String discriminator(Schema<?> schema) {
    if (schema.getDiscriminator() == null || schema.getDiscriminator().getPropertyName() == null) {
      return "";
    }
    StringBuilder out =
        new StringBuilder("The property ").append(schema.getDiscriminator().getPropertyName());
    Map<String, String> mapping = schema.getDiscriminator().getMapping();
    if (mapping != null && !mapping.isEmpty()) {
      out.append(" selects the schema: ");
      List<String> pairs = new ArrayList<>();
      mapping.forEach((value, ref) -> pairs.add(value + " → " + TypeResolver.refName(ref)));
      out.append(String.join(", ", pairs));
    } else {
      out.append(" names the schema that applies.");
    }
    return out.toString();
  }

  private Schema<?> model(String ref) {
    String name = TypeResolver.refName(ref);
    return name == null || components.getSchemas() == null
        ? null
        : components.getSchemas().get(name);
  }

  static String slug(String text) {
    String kebab = Words.kebab(text);
    return kebab.isEmpty() ? "x" : kebab;
  }
}
