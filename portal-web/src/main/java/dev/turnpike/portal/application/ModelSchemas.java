package dev.turnpike.portal.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.turnpike.gateway.definition.RequestValidation;
import dev.turnpike.gateway.validate.RequestValidator;
import dev.turnpike.portal.application.PortalException.Detail;
import dev.turnpike.portal.application.PortalException.Kind;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Models as people write them (JSON Schema draft 4, as Amazon's models; other models referred to as
 * {@code #/definitions/Name}) and as the draft keeps them: in the document's {@code
 * components/schemas} (refs as {@code #/components/schemas/Name}), and inlined for the gateway's
 * validator with the models they reach under {@code definitions}, as the importer does.
 */
final class ModelSchemas {
  static final String DEFINITIONS = "#/definitions/";
  static final String COMPONENTS = "#/components/schemas/";

  private static final ObjectMapper SWAGGER = Json.mapper();
  private static final SchemaRegistry DRAFT4 =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
  private static final com.networknt.schema.Schema META =
      DRAFT4.getSchema(SchemaLocation.of("http://json-schema.org/draft-04/schema#"));

  private ModelSchemas() {}

  /**
   * Reads and checks a model's schema: JSON (400), valid against the draft 4 meta-schema (422), and
   * every {@code $ref} naming a model of {@code known} (422).
   */
  static JsonNode checked(String schema, Set<String> known) {
    if (schema == null || schema.isBlank()) {
      throw PortalException.badInput("schema", "send the model's JSON Schema (draft 4).");
    }
    JsonNode node;
    try {
      node = new ObjectMapper().readTree(schema);
    } catch (JsonProcessingException e) {
      throw PortalException.badInput("schema", "it is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw PortalException.badInput("schema", "a JSON Schema is a JSON object, such as {}.");
    }
    List<Error> problems = META.validate(node);
    if (!problems.isEmpty()) {
      throw new PortalException(
          Kind.UNPROCESSABLE,
          "The schema is not valid JSON Schema draft 4: " + problems.get(0).getMessage(),
          problems.stream().limit(10).map(p -> new Detail("schema", p.getMessage())).toList());
    }
    for (String ref : refs(node)) {
      if (!ref.startsWith(DEFINITIONS) || !known.contains(ref.substring(DEFINITIONS.length()))) {
        throw new PortalException(
            Kind.UNPROCESSABLE,
            "The schema refers to '"
                + ref
                + "'; a model may only refer to the API's models, as "
                + DEFINITIONS
                + "Name (models: "
                + known
                + ").",
            List.of(new Detail("schema", "unknown reference " + ref)));
      }
    }
    return node;
  }

  /** The model as a document schema: refs pointed at components. */
  @SuppressWarnings("rawtypes")
  static Schema toComponent(JsonNode node, String contentType) {
    JsonNode copy = rewrite(node.deepCopy(), DEFINITIONS, COMPONENTS);
    Schema schema = SWAGGER.convertValue(copy, Schema.class);
    schema.addExtension(ApiDocument.CONTENT_TYPE, contentType);
    return schema;
  }

  /** A document schema back as the model's author wrote it (refs as definitions). */
  @SuppressWarnings("rawtypes")
  static ObjectNode toModel(Schema schema) {
    ObjectNode node = (ObjectNode) rewrite(SWAGGER.valueToTree(schema), COMPONENTS, DEFINITIONS);
    node.remove(ApiDocument.CONTENT_TYPE);
    return node;
  }

  @SuppressWarnings("rawtypes")
  static String contentType(Schema schema) {
    Object type =
        schema.getExtensions() == null
            ? null
            : schema.getExtensions().get(ApiDocument.CONTENT_TYPE);
    return type == null ? "application/json" : type.toString();
  }

  /**
   * The model named {@code name} inlined for the gateway: its schema with the models it reaches
   * (transitively) under {@code definitions}, and only those, so a deleted model never returns.
   */
  @SuppressWarnings("rawtypes")
  static String inlined(String name, Map<String, Schema> models) {
    ObjectNode root = toModel(models.get(name));
    Set<String> reached = new LinkedHashSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      for (String ref : refs(todo.pop())) {
        String target = ref.substring(DEFINITIONS.length());
        if (models.containsKey(target) && reached.add(target)) {
          todo.push(toModel(models.get(target)));
        }
      }
    }
    if (!reached.isEmpty()) {
      ObjectNode definitions = root.putObject("definitions");
      reached.forEach(target -> definitions.set(target, toModel(models.get(target))));
    }
    return root.toString();
  }

  /** Compiles the inlined model with the gateway's validator, so a deployment cannot refuse it. */
  static void compiles(String where, String contentType, String inlined) {
    try {
      RequestValidator.compile(
          where, new RequestValidation(false, true, List.of(), Map.of(contentType, inlined)));
    } catch (IllegalArgumentException e) {
      throw new PortalException(
          Kind.UNPROCESSABLE, e.getMessage(), List.of(new Detail("schema", e.getMessage())));
    }
  }

  /** Every {@code $ref} text in the node. */
  static Set<String> refs(JsonNode node) {
    Set<String> refs = new LinkedHashSet<>();
    collect(node, refs);
    return refs;
  }

  private static void collect(JsonNode node, Set<String> refs) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        refs.add(ref.asText());
      }
    }
    node.elements().forEachRemaining(child -> collect(child, refs));
  }

  private static JsonNode rewrite(JsonNode node, String from, String to) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith(from)) {
        object.put("$ref", to + ref.asText().substring(from.length()));
      }
      Iterator<JsonNode> children = object.elements();
      while (children.hasNext()) {
        rewrite(children.next(), from, to);
      }
    } else if (node.isArray()) {
      node.forEach(child -> rewrite(child, from, to));
    }
    return node;
  }
}
