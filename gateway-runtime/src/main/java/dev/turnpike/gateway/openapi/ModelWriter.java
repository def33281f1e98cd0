package dev.turnpike.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the request models a definition keeps (JSON Schema draft 4 texts whose shared schemas sit
 * under {@code definitions}, as {@link ValidationReader} wrote them) back into OpenAPI schemas: the
 * {@code definitions} move to {@code components/schemas} and their {@code $ref}s follow. Two models
 * that define one name differently keep both, the later renamed ({@code Pet2}). One instance per
 * export; it collects the components as it goes.
 */
final class ModelWriter {

  private static final ObjectMapper SWAGGER_JSON = Json.mapper();
  private static final String DEFINITIONS_REF = "#/definitions/";
  private static final String COMPONENT_REF = "#/components/schemas/";

  private final Map<String, JsonNode> components = new LinkedHashMap<>();

  /** The OpenAPI schema of one model; {@code where} names the model in an error. */
  Schema<?> schema(String model, String where) {
    JsonNode node;
    try {
      node = SWAGGER_JSON.readTree(model);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          where + ": the stored model is not JSON: " + e.getOriginalMessage(), e);
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": the stored model is not a JSON object");
    }
    ObjectNode root = (ObjectNode) node.deepCopy();
    JsonNode definitions = root.remove("definitions");
    Map<String, String> names = new HashMap<>();
    if (definitions != null && definitions.isObject()) {
      definitions.fields().forEachRemaining(e -> names.put(e.getKey(), register(e)));
      definitions
          .fields()
          .forEachRemaining(
              e -> components.put(names.get(e.getKey()), rewriteRefs(e.getValue(), names)));
    }
    return toSchema(rewriteRefs(root, names));
  }

  /** The collected component schemas, in the order first met. */
  Map<String, Schema> components() {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    components.forEach((name, node) -> schemas.put(name, toSchema(node)));
    return schemas;
  }

  /** The component name for a definition: its own unless taken by a different schema. */
  private String register(Map.Entry<String, JsonNode> definition) {
    String name = definition.getKey();
    int n = 2;
    while (components.containsKey(name) && !same(name, definition)) {
      name = definition.getKey() + n++;
    }
    components.putIfAbsent(name, definition.getValue());
    return name;
  }

  private boolean same(String name, Map.Entry<String, JsonNode> definition) {
    // The stored component has had its refs rewritten; compare like with like.
    return components.get(name).equals(definition.getValue())
        || components
            .get(name)
            .toString()
            .replace(COMPONENT_REF, DEFINITIONS_REF)
            .equals(definition.getValue().toString());
  }

  private static JsonNode rewriteRefs(JsonNode node, Map<String, String> names) {
    JsonNode copy = node.deepCopy();
    rewriteInPlace(copy, names);
    return copy;
  }

  private static void rewriteInPlace(JsonNode node, Map<String, String> names) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith(DEFINITIONS_REF)) {
        String name = ref.asText().substring(DEFINITIONS_REF.length());
        object.put("$ref", COMPONENT_REF + names.getOrDefault(name, name));
      }
      Iterator<JsonNode> children = object.elements();
      while (children.hasNext()) {
        rewriteInPlace(children.next(), names);
      }
    } else if (node.isArray()) {
      node.forEach(child -> rewriteInPlace(child, names));
    }
  }

  private static Schema<?> toSchema(JsonNode node) {
    return SWAGGER_JSON.convertValue(node, Schema.class);
  }
}
