package dev.turnpike.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.turnpike.gateway.definition.RequestValidation;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Amazon's request validators: the named validators ({@code
 * x-amazon-apigateway-request-validators}: {@code validateRequestBody}, {@code
 * validateRequestParameters}), the document's default and each operation's choice ({@code
 * x-amazon-apigateway-request-validator}), the operation's required parameters and its body schemas
 * by content type, with {@code #/components/schemas} references inlined as draft 4 {@code
 * definitions}.
 */
final class ValidationReader {

  private static final ObjectMapper SWAGGER_JSON = Json.mapper();
  private static final String COMPONENT_REF = "#/components/schemas/";

  private final OpenAPI api;
  private final Problems problems;
  private final Map<String, boolean[]> validators = new LinkedHashMap<>();
  private final String documentDefault;
  private final String validatorsName;

  ValidationReader(OpenAPI api, Problems problems) {
    this.api = api;
    this.problems = problems;
    Map<String, Object> root = api.getExtensions() == null ? Map.of() : api.getExtensions();
    validatorsName = Extensions.nameIn(root, Extensions.REQUEST_VALIDATORS);
    JsonNode named = SWAGGER_JSON.valueToTree(root.get(validatorsName));
    if (named != null && named.isObject()) {
      named
          .fields()
          .forEachRemaining(
              e ->
                  validators.put(
                      e.getKey(),
                      new boolean[] {
                        e.getValue().path("validateRequestParameters").asBoolean(false),
                        e.getValue().path("validateRequestBody").asBoolean(false)
                      }));
    }
    Object chosen = Extensions.get(root, Extensions.REQUEST_VALIDATOR);
    documentDefault = chosen == null ? null : chosen.toString();
    if (documentDefault != null && !validators.containsKey(documentDefault)) {
      problems.error(
          "/" + Extensions.nameIn(root, Extensions.REQUEST_VALIDATOR),
          "request validator '" + documentDefault + "' is not declared in " + validatorsName);
    }
  }

  /** The validation of an operation, or null when it has none. */
  RequestValidation read(OperationView op) {
    Object own = Extensions.get(op.extensions(), Extensions.REQUEST_VALIDATOR);
    String name = own == null ? documentDefault : own.toString();
    if (name == null) {
      return null;
    }
    boolean[] flags = validators.get(name);
    if (flags == null) {
      problems.error(
          Pointers.child(
              op.pointer(), Extensions.nameIn(op.extensions(), Extensions.REQUEST_VALIDATOR)),
          "request validator '" + name + "' is not declared in " + validatorsName);
      return null;
    }
    if (!flags[0] && !flags[1]) {
      return null;
    }
    return new RequestValidation(flags[0], flags[1], required(op), models(op));
  }

  private List<String> required(OperationView op) {
    List<String> names = new ArrayList<>();
    for (Parameter parameter : op.parameters()) {
      Parameter p = resolve(parameter);
      if (p == null || !Boolean.TRUE.equals(p.getRequired()) || p.getIn() == null) {
        continue;
      }
      String in =
          switch (p.getIn()) {
            case "query" -> "querystring";
            case "header" -> "header";
            case "path" -> "path";
            default -> null;
          };
      if (in != null) {
        names.add("method.request." + in + "." + p.getName());
      }
    }
    return names;
  }

  private Map<String, String> models(OperationView op) {
    Map<String, String> models = new LinkedHashMap<>();
    RequestBody body = resolve(op.requestBody());
    if (body == null || body.getContent() == null) {
      return models;
    }
    for (Map.Entry<String, MediaType> e : body.getContent().entrySet()) {
      Schema<?> schema = e.getValue() == null ? null : e.getValue().getSchema();
      if (schema != null) {
        models.put(e.getKey(), draft4(schema).toString());
      }
    }
    return models;
  }

  private JsonNode draft4(Schema<?> schema) {
    JsonNode node = rewriteRefs(SWAGGER_JSON.valueToTree(schema));
    String top = node.path("$ref").asText("");
    if (node.size() == 1
        && top.startsWith("#/definitions/")
        && api.getComponents() != null
        && api.getComponents().getSchemas() != null
        && api.getComponents().getSchemas().containsKey(top.substring("#/definitions/".length()))) {
      // A model that is only a reference: the referenced schema becomes the root (draft 4
      // ignores the siblings of a $ref, so definitions could not sit beside it).
      node =
          rewriteRefs(
              SWAGGER_JSON.valueToTree(
                  api.getComponents().getSchemas().get(top.substring("#/definitions/".length()))));
    }
    if (node.isObject()
        && api.getComponents() != null
        && api.getComponents().getSchemas() != null
        && node.toString().contains("#/definitions/")) {
      ObjectNode definitions = ((ObjectNode) node).putObject("definitions");
      api.getComponents()
          .getSchemas()
          .forEach((name, s) -> definitions.set(name, rewriteRefs(SWAGGER_JSON.valueToTree(s))));
    }
    return node;
  }

  private static JsonNode rewriteRefs(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENT_REF)) {
        object.put("$ref", "#/definitions/" + ref.asText().substring(COMPONENT_REF.length()));
      }
      Iterator<JsonNode> children = object.elements();
      while (children.hasNext()) {
        rewriteRefs(children.next());
      }
    } else if (node.isArray()) {
      node.forEach(ValidationReader::rewriteRefs);
    }
    return node;
  }

  private Parameter resolve(Parameter parameter) {
    if (parameter == null || parameter.get$ref() == null) {
      return parameter;
    }
    String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
    return api.getComponents() == null || api.getComponents().getParameters() == null
        ? null
        : api.getComponents().getParameters().get(name);
  }

  private RequestBody resolve(RequestBody body) {
    if (body == null || body.get$ref() == null) {
      return body;
    }
    String name = body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1);
    return api.getComponents() == null || api.getComponents().getRequestBodies() == null
        ? null
        : api.getComponents().getRequestBodies().get(name);
  }
}
