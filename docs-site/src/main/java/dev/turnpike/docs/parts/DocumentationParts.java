package dev.turnpike.docs.parts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parsed documentation parts. Accepts a JSON array of parts, the {@code {"items": [...]}} that
 * {@code aws apigateway get-documentation-parts} prints, or the {@code {"documentationParts":
 * [...]}} of an {@code x-amazon-apigateway-documentation} extension. {@code properties} may be a
 * JSON string (as API Gateway stores it) or an object.
 */
public final class DocumentationParts {

  /** No parts. */
  public static final DocumentationParts NONE = new DocumentationParts(List.of());

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<DocumentationPart> parts;

  private DocumentationParts(List<DocumentationPart> parts) {
    this.parts = List.copyOf(parts);
  }

  /** The parts in source order. */
  public List<DocumentationPart> parts() {
    return parts;
  }

  /** These parts followed by {@code later} ones, which win where both describe the same thing. */
  public DocumentationParts then(DocumentationParts later) {
    List<DocumentationPart> all = new ArrayList<>(parts);
    all.addAll(later.parts);
    return new DocumentationParts(all);
  }

  /**
   * Parses {@code json}; {@code source} (a file name) prefixes every error message.
   *
   * @throws DocumentationPartsException naming the source, the part number and the field
   */
  public static DocumentationParts parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json == null ? "" : json);
    } catch (JsonProcessingException e) {
      throw new DocumentationPartsException(
          source
              + ": not JSON ("
              + e.getOriginalMessage()
              + ", line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ").",
          e);
    }
    if (root == null || root.isMissingNode()) {
      throw new DocumentationPartsException(source + ": empty; expected a JSON array of parts.");
    }
    return fromNode(root, source);
  }

  /** Parts from an already parsed tree (for instance an OpenAPI extension value). */
  public static DocumentationParts fromObject(Object value, String source) {
    return fromNode(JSON.valueToTree(value), source);
  }

  private static DocumentationParts fromNode(JsonNode root, String source) {
    JsonNode array = root;
    if (root.isObject()) {
      array = root.has("items") ? root.get("items") : root.get("documentationParts");
    }
    if (array == null || !array.isArray()) {
      throw new DocumentationPartsException(
          source
              + ": expected a JSON array of documentation parts, or an object with an"
              + " \"items\" or \"documentationParts\" array.");
    }
    List<DocumentationPart> parts = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      parts.add(part(array.get(i), i + 1, source));
    }
    return new DocumentationParts(parts);
  }

  private static DocumentationPart part(JsonNode node, int number, String source) {
    String where = source + ", part " + number;
    JsonNode location = node.get("location");
    if (location == null || !location.isObject()) {
      throw new DocumentationPartsException(where + ": missing \"location\" object.");
    }
    String rawType = text(location, "type");
    if (rawType == null) {
      throw new DocumentationPartsException(where + ": missing location.type.");
    }
    LocationType type;
    try {
      type = LocationType.valueOf(rawType.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DocumentationPartsException(
          where
              + ": location.type '"
              + rawType
              + "' is not one of "
              + Arrays.stream(LocationType.values())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ".");
    }
    String path = text(location, "path");
    String method = text(location, "method");
    String name = text(location, "name");
    boolean named =
        switch (type) {
          case MODEL,
              AUTHORIZER,
              PATH_PARAMETER,
              QUERY_PARAMETER,
              REQUEST_HEADER,
              RESPONSE_HEADER ->
              true;
          default -> false;
        };
    if (named && (name == null || name.isBlank())) {
      throw new DocumentationPartsException(where + ": " + type + " needs location.name.");
    }
    return new DocumentationPart(
        number,
        type,
        path == null ? "/" : path,
        method == null ? "*" : method.toUpperCase(Locale.ROOT),
        text(location, "statusCode") == null ? "*" : text(location, "statusCode"),
        name,
        properties(node.get("properties"), where));
  }

  private static Map<String, Object> properties(JsonNode node, String where) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    JsonNode object = node;
    if (node.isTextual()) {
      try {
        object = JSON.readTree(node.asText());
      } catch (JsonProcessingException e) {
        throw new DocumentationPartsException(
            where + ": \"properties\" is a string but not JSON (" + e.getOriginalMessage() + ").",
            e);
      }
    }
    if (object == null || !object.isObject()) {
      throw new DocumentationPartsException(
          where + ": \"properties\" must be a JSON object or a string holding one.");
    }
    return JSON.convertValue(object, new TypeReference<Map<String, Object>>() {});
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
