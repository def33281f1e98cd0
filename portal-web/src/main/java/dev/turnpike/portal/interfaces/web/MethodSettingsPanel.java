package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.ApiModelService;
import dev.turnpike.portal.application.ApiService;
import dev.turnpike.portal.application.MethodRequestService;
import dev.turnpike.portal.application.MethodRequestService.MethodRequest;
import dev.turnpike.portal.application.MethodRequestService.ParameterInput;
import dev.turnpike.portal.application.MethodResponseService;
import dev.turnpike.portal.application.MethodResponseService.MethodResponses;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.interfaces.web.MethodSettingsRows.IntegrationRow;
import dev.turnpike.portal.interfaces.web.MethodSettingsRows.ParamRow;
import dev.turnpike.portal.interfaces.web.MethodSettingsRows.ResponseRow;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API page's "Method request and responses" section: for the chosen method, its parameters,
 * request validator and request model, then its method responses and integration responses (with
 * selection pattern, header mappings and a template). Saving goes through the same services as the
 * management API; a refusal is shown next to the field it names.
 */
@Named("methodSettings")
@ViewScoped
public class MethodSettingsPanel implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> REQUEST_IDS =
      Map.of(
          "parameters", "params",
          "in", "in",
          "name", "name",
          "required", "required",
          "validator", "validator",
          "requestModels", "requestModel");
  private static final Map<String, String> RESPONSE_IDS =
      Map.of(
          "methodResponses", "mr",
          "integrationResponses", "ir",
          "statusCode", "status",
          "headers", "headers",
          "models", "model",
          "selectionPattern", "pattern",
          "responseParameters", "mappings",
          "responseTemplates", "template");

  @Inject MethodRequestService requests;
  @Inject MethodResponseService responses;
  @Inject ApiModelService models;
  @Inject ApiService apis;
  @Inject ApiPage page;
  @Inject WebCaller me;

  private String methodKey;
  private String validator = "NONE";
  private String requestContentType = "application/json";
  private String requestModel = "";
  private String integrationType;
  private final List<ParamRow> parameters = new ArrayList<>();
  private final List<ResponseRow> methodResponses = new ArrayList<>();
  private final List<IntegrationRow> integrationResponses = new ArrayList<>();

  /**
   * The draft's methods, "GET /pets" each, read once per request: the page's API is read once per
   * view, before methods are added in the section above.
   */
  @SuppressWarnings("unchecked")
  public List<String> getMethods() {
    return (List<String>)
        FacesContext.getCurrentInstance()
            .getAttributes()
            .computeIfAbsent("methodSettings.methods", key -> readMethods());
  }

  private List<String> readMethods() {
    try {
      return apis.get(me.caller(), page.getTenantId(), page.getApiId()).methods();
    } catch (PortalException e) {
      return List.of();
    }
  }

  /** The API's model names, read once per request (models change in the section below). */
  @SuppressWarnings("unchecked")
  public List<String> getModelNames() {
    return (List<String>)
        FacesContext.getCurrentInstance()
            .getAttributes()
            .computeIfAbsent("methodSettings.models", key -> readModelNames());
  }

  private List<String> readModelNames() {
    try {
      return models.list(me.caller(), page.getTenantId(), page.getApiId()).body().stream()
          .map(ApiModelService.ModelView::name)
          .toList();
    } catch (PortalException e) {
      return List.of();
    }
  }

  /** Reads the chosen method's request and responses into the forms. */
  public void load() {
    if (methodKey == null || !methodKey.contains(" ")) {
      return;
    }
    String[] named = methodKey.split(" ", 2);
    try {
      MethodRequest request =
          requests.get(me.caller(), page.getTenantId(), page.getApiId(), named[0], named[1]).body();
      MethodResponses answers =
          responses
              .get(me.caller(), page.getTenantId(), page.getApiId(), named[0], named[1])
              .body();
      fill(request, answers);
    } catch (PortalException e) {
      Messages.refused(e);
    }
  }

  private void fill(MethodRequest request, MethodResponses answers) {
    parameters.clear();
    request.parameters().forEach(p -> parameters.add(ParamRow.of(p)));
    validator = request.validator();
    requestModel = "";
    request
        .requestModels()
        .forEach(
            (type, model) -> {
              requestContentType = type;
              requestModel = model;
            });
    integrationType = answers.integrationType();
    methodResponses.clear();
    answers.methodResponses().forEach(r -> methodResponses.add(ResponseRow.of(r)));
    integrationResponses.clear();
    answers.integrationResponses().forEach(r -> integrationResponses.add(IntegrationRow.of(r)));
  }

  public void saveRequest() {
    String[] named = named();
    if (named == null) {
      return;
    }
    List<ParameterInput> list = parameters.stream().map(ParamRow::input).toList();
    Map<String, String> body =
        requestModel == null || requestModel.isBlank()
            ? Map.of()
            : Map.of(requestContentType.trim(), requestModel);
    try {
      requests.update(
          me.caller(),
          page.getTenantId(),
          page.getApiId(),
          new MethodRequest(named[0], named[1], list, validator, body));
      Messages.done("Saved the method request of " + methodKey + "; deploy to serve it.");
    } catch (PortalException e) {
      FieldErrors.refused(e, "methodRequest", REQUEST_IDS);
    }
  }

  public void saveResponses() {
    String[] named = named();
    if (named == null) {
      return;
    }
    try {
      responses.update(
          me.caller(),
          page.getTenantId(),
          page.getApiId(),
          new MethodResponses(
              named[0],
              named[1],
              null,
              methodResponses.stream().map(ResponseRow::input).toList(),
              integrationResponses.stream().map(IntegrationRow::input).toList()));
      Messages.done("Saved the responses of " + methodKey + "; deploy to serve them.");
    } catch (PortalException e) {
      FieldErrors.refused(e, "methodResponses", RESPONSE_IDS);
    }
  }

  private String[] named() {
    if (methodKey == null || !methodKey.contains(" ")) {
      Messages.refused(PortalException.badInput("method", "choose a method and open it first."));
      return null;
    }
    return methodKey.split(" ", 2);
  }

  public void addParameter() {
    parameters.add(new ParamRow());
  }

  public void removeParameter(ParamRow row) {
    parameters.remove(row);
  }

  public void addMethodResponse() {
    methodResponses.add(new ResponseRow());
  }

  public void removeMethodResponse(ResponseRow row) {
    methodResponses.remove(row);
  }

  public void addIntegrationResponse() {
    integrationResponses.add(new IntegrationRow());
  }

  public void removeIntegrationResponse(IntegrationRow row) {
    integrationResponses.remove(row);
  }

  /** Proxy and function integrations pass responses through: no integration responses. */
  public boolean isMapsResponses() {
    return "HTTP".equals(integrationType) || "MOCK".equals(integrationType);
  }

  public boolean isOpen() {
    return integrationType != null;
  }

  public List<ParamRow> getParameters() {
    return parameters;
  }

  public List<ResponseRow> getMethodResponses() {
    return methodResponses;
  }

  public List<IntegrationRow> getIntegrationResponses() {
    return integrationResponses;
  }

  public String getMethodKey() {
    return methodKey;
  }

  public void setMethodKey(String methodKey) {
    this.methodKey = methodKey;
  }

  public String getValidator() {
    return validator;
  }

  public void setValidator(String validator) {
    this.validator = validator;
  }

  public String getRequestContentType() {
    return requestContentType;
  }

  public void setRequestContentType(String requestContentType) {
    this.requestContentType = requestContentType;
  }

  public String getRequestModel() {
    return requestModel;
  }

  public void setRequestModel(String requestModel) {
    this.requestModel = requestModel;
  }

  public String getIntegrationType() {
    return integrationType;
  }
}
