package dev.turnpike.portal.application;

import com.fasterxml.jackson.databind.JsonNode;
import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.RequestValidation;
import dev.turnpike.portal.application.AccessViews.Tagged;
import dev.turnpike.portal.application.PortalException.Detail;
import dev.turnpike.portal.application.PortalException.Kind;
import dev.turnpike.portal.domain.model.api.Api;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The models of an API (Amazon's models: a name, a content type and a JSON Schema draft 4), kept as
 * the component schemas of the API's document. Changing a model re-inlines it into the request
 * validation of every method whose request uses it, in the same transaction; a model still in use
 * (by a method request or response, or another model) cannot be deleted.
 */
@ApplicationScoped
@Transactional
public class ApiModelService {
  /** A model as entered and shown; {@code usedBy} is filled on reads. */
  public record ModelView(String name, String contentType, JsonValue schema, List<String> usedBy) {}

  /** A model as sent: name (create only), content type (default application/json), schema. */
  public record ModelInput(String name, String contentType, JsonValue schema) {}

  @Inject DraftEditor drafts;

  public Tagged<List<ModelView>> list(Caller caller, String tenantId, String apiId) {
    Api api = drafts.readable(caller, tenantId, apiId);
    ApiDocument document = ApiDocument.parse(api.openApiSource());
    return list(api, document);
  }

  public Tagged<ModelView> get(Caller caller, String tenantId, String apiId, String name) {
    Api api = drafts.readable(caller, tenantId, apiId);
    ApiDocument document = ApiDocument.parse(api.openApiSource());
    if (!document.schemas().containsKey(name)) {
      throw PortalException.notFound("Model", name);
    }
    return new Tagged<>(view(document, name), api.version());
  }

  public Tagged<ModelView> create(Caller caller, String tenantId, String apiId, ModelInput input) {
    Api api = drafts.writable(caller, tenantId, apiId);
    if (input == null || input.name() == null || !input.name().matches("[A-Za-z0-9]{1,64}")) {
      throw PortalException.badInput(
          "name", "a model name is 1 to 64 letters and digits, such as Pet or NewPet.");
    }
    ApiDocument document = ApiDocument.parse(api.openApiSource());
    if (document.schemas().containsKey(input.name())) {
      throw new PortalException(
          Kind.CONFLICT,
          "The API already has a model named '" + input.name() + "'; change it instead.",
          List.of(new Detail("name", "already in use")));
    }
    return store(api, document, input.name(), input);
  }

  public Tagged<ModelView> update(
      Caller caller, String tenantId, String apiId, String name, ModelInput input) {
    Api api = drafts.writable(caller, tenantId, apiId);
    ApiDocument document = ApiDocument.parse(api.openApiSource());
    if (!document.schemas().containsKey(name)) {
      throw PortalException.notFound("Model", name);
    }
    if (input == null) {
      throw PortalException.badInput("schema", "send {\"contentType\": ..., \"schema\": {...}}.");
    }
    return store(api, document, name, input);
  }

  public Tagged<List<ModelView>> delete(Caller caller, String tenantId, String apiId, String name) {
    Api api = drafts.writable(caller, tenantId, apiId);
    ApiDocument document = ApiDocument.parse(api.openApiSource());
    if (!document.schemas().containsKey(name)) {
      throw PortalException.notFound("Model", name);
    }
    List<String> users = usedBy(document, name);
    if (!users.isEmpty()) {
      throw new PortalException(
          Kind.CONFLICT,
          "Model '" + name + "' is in use by " + String.join(", ", users) + "; change those first.",
          users.stream().map(u -> new Detail(u, "uses model " + name)).toList());
    }
    document.schemas().remove(name);
    drafts.save(api, drafts.definition(api), document);
    return list(api, document);
  }

  private Tagged<List<ModelView>> list(Api api, ApiDocument document) {
    List<ModelView> views =
        new TreeSet<>(document.schemas().keySet()).stream().map(n -> view(document, n)).toList();
    return new Tagged<>(views, api.version());
  }

  private Tagged<ModelView> store(Api api, ApiDocument document, String name, ModelInput input) {
    String contentType =
        input.contentType() != null && !input.contentType().isBlank()
            ? input.contentType().trim()
            : document.schemas().containsKey(name)
                ? ModelSchemas.contentType(document.schemas().get(name))
                : "application/json";
    if (!TemplateChecks.MediaTypes.valid(contentType)) {
      throw PortalException.badInput(
          "contentType", "'" + contentType + "' is not a media type such as application/json.");
    }
    Set<String> known = new HashSet<>(document.schemas().keySet());
    known.add(name);
    JsonNode schema =
        ModelSchemas.checked(input.schema() == null ? null : input.schema().toString(), known);
    document.schemas().put(name, ModelSchemas.toComponent(schema, contentType));
    ModelSchemas.compiles(
        "Model " + name, contentType, ModelSchemas.inlined(name, document.schemas()));
    ApiDefinition draft = reinlined(drafts.definition(api), document);
    drafts.save(api, draft, document);
    return new Tagged<>(view(document, name), api.version());
  }

  /**
   * The draft with every validated method's models inlined again from the document, so a changed
   * model is what the gateway checks after the next deployment.
   */
  static ApiDefinition reinlined(ApiDefinition draft, ApiDocument document) {
    ApiDefinition result = draft;
    for (MethodDefinition method : draft.methods()) {
      RequestValidation validation = method.requestValidation();
      Map<String, String> byName = MethodRequestService.modelNames(document.existing(method));
      if (validation == null || byName.isEmpty()) {
        continue;
      }
      Map<String, String> models = new LinkedHashMap<>(validation.models());
      byName.forEach(
          (type, model) -> {
            if (document.schemas().containsKey(model)) {
              models.put(type, ModelSchemas.inlined(model, document.schemas()));
            }
          });
      result =
          DraftEditor.withMethod(
              result,
              MethodRequestService.withValidation(
                  method,
                  new RequestValidation(
                      validation.validateParameters(),
                      validation.validateBody(),
                      validation.requiredParameters(),
                      models)));
    }
    return result;
  }

  /** The methods (request bodies, responses) and models that refer to model {@code name}. */
  static List<String> usedBy(ApiDocument document, String name) {
    String ref = ModelSchemas.COMPONENTS + name;
    List<String> users = new ArrayList<>();
    document
        .operations()
        .forEach(
            (key, op) -> {
              if (refersTo(op, ref)) {
                users.add(key);
              }
            });
    document
        .schemas()
        .forEach(
            (other, schema) -> {
              if (!other.equals(name) && refersTo(schema, ref)) {
                users.add("model " + other);
              }
            });
    return users;
  }

  private static boolean refersTo(Object part, String ref) {
    return ModelSchemas.refs(io.swagger.v3.core.util.Json.mapper().valueToTree(part)).contains(ref);
  }

  /** The schema as JSON-P, which the management API's JSON-B writes as it is. */
  private static JsonValue jsonb(JsonNode node) {
    try (JsonReader reader = Json.createReader(new StringReader(node.toString()))) {
      return reader.readValue();
    }
  }

  @SuppressWarnings("rawtypes")
  private static ModelView view(ApiDocument document, String name) {
    Schema schema = document.schemas().get(name);
    return new ModelView(
        name,
        ModelSchemas.contentType(schema),
        jsonb(ModelSchemas.toModel(schema)),
        usedBy(document, name));
  }
}
