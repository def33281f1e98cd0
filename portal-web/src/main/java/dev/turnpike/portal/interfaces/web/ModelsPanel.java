package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.ApiModelService;
import dev.turnpike.portal.application.ApiModelService.ModelInput;
import dev.turnpike.portal.application.ApiModelService.ModelView;
import dev.turnpike.portal.application.PortalException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/**
 * The API page's "Models" section: the API's JSON Schema models with the methods using them, and a
 * form to add or change one (its schema is checked as draft 4 and compiled by the gateway's
 * validator before it is stored).
 */
@Named("modelsPanel")
@ViewScoped
public class ModelsPanel implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> IDS =
      Map.of("name", "name", "contentType", "contentType", "schema", "schema");

  @Inject ApiModelService service;
  @Inject ApiPage page;
  @Inject WebCaller me;

  private String name;
  private String contentType = "application/json";
  private static final String NEW_SCHEMA = "{\n  \"type\": \"object\",\n  \"properties\": {}\n}";

  private String schema = NEW_SCHEMA;
  private boolean editing;
  private transient List<ModelView> models;

  public List<ModelView> getModels() {
    if (models == null) {
      try {
        models = service.list(me.caller(), page.getTenantId(), page.getApiId()).body();
      } catch (PortalException e) {
        models = List.of();
      }
    }
    return models;
  }

  public void edit(ModelView model) {
    name = model.name();
    contentType = model.contentType();
    schema = model.schema().toString();
    editing = true;
  }

  public void save() {
    try {
      ModelInput input = new ModelInput(name, contentType, parse(schema));
      if (editing) {
        service.update(me.caller(), page.getTenantId(), page.getApiId(), name, input);
      } else {
        service.create(me.caller(), page.getTenantId(), page.getApiId(), input);
      }
      Messages.done("Saved model " + name + "; deploy to validate with it.");
      models = null;
      startNew();
    } catch (PortalException e) {
      FieldErrors.refused(e, "models", IDS);
    }
  }

  public void delete(String model) {
    try {
      service.delete(me.caller(), page.getTenantId(), page.getApiId(), model);
      Messages.done("Deleted model " + model + ".");
      models = null;
    } catch (PortalException e) {
      FieldErrors.refused(e, "models", IDS);
    }
  }

  /** Empties the form for the next model. */
  public void startNew() {
    editing = false;
    name = null;
    contentType = "application/json";
    schema = NEW_SCHEMA;
  }

  /** The text as JSON; text that is not JSON is refused at the schema field. */
  private static JsonValue parse(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text == null ? "" : text))) {
      return reader.readValue();
    } catch (jakarta.json.JsonException e) {
      throw PortalException.badInput("schema", "it is not JSON: " + e.getMessage());
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContentType() {
    return contentType;
  }

  public void setContentType(String contentType) {
    this.contentType = contentType;
  }

  public String getSchema() {
    return schema;
  }

  public void setSchema(String schema) {
    this.schema = schema;
  }

  public boolean isEditing() {
    return editing;
  }
}
