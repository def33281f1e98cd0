package dev.turnpike.docs.parts;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Documentation parts checked against one document, answering "what do the parts say about this
 * thing?". A part with an exact method or status code wins over one with {@code "*"}; among equally
 * specific parts the later one wins, property by property.
 */
public final class PartOverrides {

  /** Overrides that say nothing. */
  public static final PartOverrides NONE = new PartOverrides(Map.of());

  private final Map<String, Map<String, Object>> byKey;

  private PartOverrides(Map<String, Map<String, Object>> byKey) {
    this.byKey = byKey;
  }

  /**
   * Checks every part against {@code openApi} and indexes them.
   *
   * @throws DocumentationPartsException for the first part whose location is not in the document
   */
  public static PartOverrides of(DocumentationParts parts, OpenAPI openApi, String source) {
    Map<String, Map<String, Object>> byKey = new HashMap<>();
    for (DocumentationPart part : parts.parts()) {
      String problem = new Checker(openApi).problem(part);
      if (problem != null) {
        throw new DocumentationPartsException(
            "Documentation part "
                + part.number()
                + " ("
                + part.describe()
                + ") in "
                + source
                + ": "
                + problem);
      }
      Map<String, Object> properties = new LinkedHashMap<>(part.properties());
      if (part.type() == LocationType.API && properties.get("info") instanceof Map<?, ?> info) {
        info.forEach((k, v) -> properties.putIfAbsent(String.valueOf(k), v));
      }
      byKey
          .computeIfAbsent(
              key(part.type(), part.path(), part.method(), part.statusCode(), part.name()),
              k -> new LinkedHashMap<>())
          .putAll(properties);
    }
    return new PartOverrides(byKey);
  }

  /** A text property ({@code description}, {@code summary}, {@code title}) of the API. */
  public Optional<String> api(String property) {
    return text(LocationType.API, null, null, null, null, property);
  }

  /** A text property of a model (component schema). */
  public Optional<String> model(String name, String property) {
    return text(LocationType.MODEL, null, null, null, name, property);
  }

  /** A text property of a resource (path). */
  public Optional<String> resource(String path, String property) {
    return text(LocationType.RESOURCE, path, null, null, null, property);
  }

  /** A text property of a method (operation). */
  public Optional<String> method(String path, String method, String property) {
    return text(LocationType.METHOD, path, method, null, null, property);
  }

  /** The {@code tags} a METHOD part gives the operation, if any. */
  public Optional<List<String>> tags(String path, String method) {
    for (String key : candidates(LocationType.METHOD, path, method, null, null)) {
      Map<String, Object> properties = byKey.get(key);
      if (properties != null && properties.get("tags") instanceof List<?> tags) {
        return Optional.of(tags.stream().map(String::valueOf).toList());
      }
    }
    return Optional.empty();
  }

  /** The description of a parameter; {@code in} is OpenAPI's path, query or header. */
  public Optional<String> parameter(String path, String method, String in, String name) {
    LocationType type =
        switch (in == null ? "" : in) {
          case "path" -> LocationType.PATH_PARAMETER;
          case "query" -> LocationType.QUERY_PARAMETER;
          case "header" -> LocationType.REQUEST_HEADER;
          default -> null;
        };
    return type == null ? Optional.empty() : text(type, path, method, null, name, "description");
  }

  /** The description of a request body. */
  public Optional<String> requestBody(String path, String method) {
    return text(LocationType.REQUEST_BODY, path, method, null, null, "description");
  }

  /** The description of a response. */
  public Optional<String> response(String path, String method, String status) {
    return text(LocationType.RESPONSE, path, method, status, null, "description");
  }

  /** The description of a response body. */
  public Optional<String> responseBody(String path, String method, String status) {
    return text(LocationType.RESPONSE_BODY, path, method, status, null, "description");
  }

  /** The description of a response header. */
  public Optional<String> responseHeader(String path, String method, String status, String name) {
    return text(LocationType.RESPONSE_HEADER, path, method, status, name, "description");
  }

  private Optional<String> text(
      LocationType type, String path, String method, String status, String name, String property) {
    for (String key : candidates(type, path, method, status, name)) {
      Map<String, Object> properties = byKey.get(key);
      if (properties != null && properties.get(property) instanceof String text) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  private static List<String> candidates(
      LocationType type, String path, String method, String status, String name) {
    List<String> keys = new ArrayList<>();
    for (String m : method == null ? List.of("*") : List.of(method, "*")) {
      for (String s : status == null ? List.of("*") : List.of(status, "*")) {
        String key = key(type, path, m, s, name);
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  private static String key(
      LocationType type, String path, String method, String status, String name) {
    String normalisedName =
        name == null
            ? ""
            : type == LocationType.REQUEST_HEADER || type == LocationType.RESPONSE_HEADER
                ? name.toLowerCase(Locale.ROOT)
                : name;
    return switch (type) {
      case API -> "API";
      case MODEL, AUTHORIZER -> type + "|" + normalisedName;
      case RESOURCE -> "RESOURCE|" + path;
      default ->
          type
              + "|"
              + path
              + "|"
              + (method == null ? "*" : method.toUpperCase(Locale.ROOT))
              + "|"
              + (type.name().startsWith("RESPONSE") ? (status == null ? "*" : status) : "*")
              + "|"
              + normalisedName;
    };
  }

  /** Finds why a part does not fit the document. */
  private static final class Checker {

    private final OpenAPI openApi;
    private final Components components;

    Checker(OpenAPI openApi) {
      this.openApi = openApi;
      this.components = Objects.requireNonNullElse(openApi.getComponents(), new Components());
    }

    String problem(DocumentationPart part) {
      switch (part.type()) {
        case API, AUTHORIZER -> {
          return null;
        }
        case MODEL -> {
          return components.getSchemas() != null && components.getSchemas().containsKey(part.name())
              ? null
              : "the document has no model (components/schemas entry) named '"
                  + part.name()
                  + "'. Fix location.name or remove the part.";
        }
        default -> {}
      }
      PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(part.path());
      if (item == null) {
        return "the document has no path '" + part.path() + "'. Fix location.path.";
      }
      if (part.type() == LocationType.RESOURCE) {
        return null;
      }
      Map<String, Operation> operations = new LinkedHashMap<>();
      item.readOperationsMap().forEach((m, op) -> operations.put(m.name(), op));
      if (!part.method().equals("*") && !operations.containsKey(part.method())) {
        return "path "
            + part.path()
            + " has no "
            + part.method()
            + " operation (it has "
            + String.join(", ", operations.keySet())
            + "). Fix location.method.";
      }
      List<Operation> matched =
          part.method().equals("*")
              ? List.copyOf(operations.values())
              : List.of(operations.get(part.method()));
      String target = part.method() + " " + part.path();
      String in = part.type().parameterIn();
      if (in != null) {
        for (Operation operation : matched) {
          if (hasParameter(item, operation, in, part.name())) {
            return null;
          }
        }
        return target
            + " has no "
            + in
            + " parameter '"
            + part.name()
            + "'. Fix location.name or remove the part.";
      }
      if (part.type() == LocationType.METHOD) {
        return null;
      }
      if (part.type() == LocationType.REQUEST_BODY) {
        return matched.stream().anyMatch(op -> op.getRequestBody() != null)
            ? null
            : target + " has no request body. Remove the part or add a requestBody.";
      }
      for (Operation operation : matched) {
        if (operation.getResponses() == null) {
          continue;
        }
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
          if (!part.statusCode().equals("*") && !part.statusCode().equals(response.getKey())) {
            continue;
          }
          if (part.type() != LocationType.RESPONSE_HEADER) {
            return null;
          }
          ApiResponse value = resolve(response.getValue());
          if (value != null
              && value.getHeaders() != null
              && value.getHeaders().keySet().stream()
                  .anyMatch(h -> h.equalsIgnoreCase(part.name()))) {
            return null;
          }
        }
      }
      return part.type() == LocationType.RESPONSE_HEADER
          ? target
              + " has no response "
              + part.statusCode()
              + " with header '"
              + part.name()
              + "'. Fix location.statusCode or location.name."
          : target + " has no response " + part.statusCode() + ". Fix location.statusCode.";
    }

    private boolean hasParameter(PathItem item, Operation operation, String in, String name) {
      List<Parameter> all =
          new ArrayList<>(Objects.requireNonNullElse(item.getParameters(), List.of()));
      all.addAll(Objects.requireNonNullElse(operation.getParameters(), List.of()));
      for (Parameter raw : all) {
        Parameter p = raw;
        if (raw.get$ref() != null && components.getParameters() != null) {
          p =
              components
                  .getParameters()
                  .get(raw.get$ref().substring(raw.get$ref().lastIndexOf('/') + 1));
        }
        if (p != null
            && in.equals(p.getIn())
            && (in.equals("header")
                ? name.equalsIgnoreCase(p.getName())
                : name.equals(p.getName()))) {
          return true;
        }
      }
      return false;
    }

    private ApiResponse resolve(ApiResponse response) {
      if (response == null || response.get$ref() == null) {
        return response;
      }
      return components.getResponses() == null
          ? null
          : components
              .getResponses()
              .get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
    }
  }
}
