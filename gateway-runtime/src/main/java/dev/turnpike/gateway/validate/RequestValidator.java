package dev.turnpike.gateway.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.turnpike.gateway.definition.RequestValidation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A method's request validation compiled once per snapshot: the required parameters by location and
 * the body schemas by content type (networknt JSON Schema, draft 4 as Amazon's models; remote and
 * file references are never fetched). Thread-safe.
 */
public final class RequestValidator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "method.request.";
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_4,
          builder ->
              builder.schemaLoader(
                  loader -> loader.fetchRemoteResources(false).block(RequestValidator::external)));

  private final RequestValidation definition;
  private final List<String[]> required;
  private final Map<String, Schema> schemas;

  private RequestValidator(
      RequestValidation definition, List<String[]> required, Map<String, Schema> schemas) {
    this.definition = definition;
    this.required = required;
    this.schemas = schemas;
  }

  /**
   * Compiles a validation; {@code where} names the method in errors.
   *
   * @throws IllegalArgumentException when a parameter name or a model is not usable
   */
  public static RequestValidator compile(String where, RequestValidation validation) {
    List<String[]> required = new ArrayList<>();
    for (String name : validation.requiredParameters()) {
      String[] parts =
          name.startsWith(PREFIX) ? name.substring(PREFIX.length()).split("\\.", 2) : null;
      if (parts == null
          || parts.length != 2
          || !List.of("path", "querystring", "header").contains(parts[0])) {
        throw new IllegalArgumentException(
            where
                + ": required parameter '"
                + name
                + "' must look like method.request.{path|querystring|header}.NAME");
      }
      required.add(parts);
    }
    Map<String, Schema> schemas = new HashMap<>();
    validation
        .models()
        .forEach(
            (type, text) -> {
              try {
                Schema schema = SCHEMAS.getSchema(JSON.readTree(text));
                schema.initializeValidators();
                schemas.put(baseType(type), schema);
              } catch (JsonProcessingException | SchemaException e) {
                throw new IllegalArgumentException(
                    where
                        + ": model for '"
                        + type
                        + "' is not a usable JSON schema: "
                        + e.getMessage(),
                    e);
              }
            });
    return new RequestValidator(validation, List.copyOf(required), Map.copyOf(schemas));
  }

  /** True when the body must be read and checked for this content type. */
  public boolean checksBody(String contentType) {
    return definition.validateBody() && schemas.containsKey(baseType(contentType));
  }

  public boolean checksParameters() {
    return definition.validateParameters() && !required.isEmpty();
  }

  /**
   * The names of required parameters the request lacks, in declaration order. {@code lookup} maps a
   * location ({@code path}, {@code querystring}, {@code header}) to a name lookup.
   */
  public List<String> missingParameters(Function<String, Function<String, String>> lookup) {
    if (!checksParameters()) {
      return List.of();
    }
    List<String> missing = new ArrayList<>();
    for (String[] parameter : required) {
      if (lookup.apply(parameter[0]).apply(parameter[1]) == null) {
        missing.add(parameter[1]);
      }
    }
    return missing;
  }

  /** The problems of a body against the model for its content type (empty: valid). */
  public List<String> bodyProblems(String contentType, String body) {
    Schema schema = schemas.get(baseType(contentType));
    if (!definition.validateBody() || schema == null) {
      return List.of();
    }
    JsonNode node;
    try {
      node = body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return List.of("body is not JSON: " + e.getOriginalMessage());
    }
    if (node == null) {
      return List.of("body is empty");
    }
    return schema.validate(node).stream().map(Error::getMessage).toList();
  }

  /** Nothing outside the model itself is loaded: no network, no files, no class path. */
  private static boolean external(AbsoluteIri iri) {
    String text = iri.toString();
    return !text.startsWith("https://json-schema.org/")
        && !text.startsWith("http://json-schema.org/");
  }

  static String baseType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return "application/json";
    }
    int semicolon = contentType.indexOf(';');
    String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return base.trim().toLowerCase(Locale.ROOT);
  }
}
