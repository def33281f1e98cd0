package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.MappingTemplateService;
import dev.turnpike.portal.application.MappingTemplateService.MethodTemplates;
import dev.turnpike.portal.application.PortalException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API page's mapping-template editor: pick a method, then edit its request template and one
 * integration response's template (each for one content type) in CodeMirror's Velocity mode. A
 * template the gateway cannot compile is refused with its line, which the page marks.
 */
@Named("templateEditor")
@ViewScoped
public class TemplateEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MappingTemplateService service;
  @Inject ApiPage page;
  @Inject WebCaller me;

  private String methodKey;
  private String requestType = "application/json";
  private String requestTemplate;
  private String responseStatus;
  private String responseType = "application/json";
  private String responseTemplate;
  private int errorLine;
  private String errorIn;
  private String errorMessage;
  private transient List<MethodTemplates> methods;

  public List<MethodTemplates> getMethods() {
    if (methods == null) {
      try {
        methods = service.list(me.caller(), page.getTenantId(), page.getApiId());
      } catch (PortalException e) {
        methods = List.of();
      }
    }
    return methods;
  }

  /** The chosen method, the first one until a person picks another. */
  public MethodTemplates getCurrent() {
    List<MethodTemplates> all = getMethods();
    MethodTemplates found =
        all.stream().filter(m -> key(m).equals(methodKey)).findFirst().orElse(null);
    if (found == null && !all.isEmpty()) {
      found = all.get(0);
      select(found);
    }
    return found;
  }

  public static String key(MethodTemplates m) {
    return m.httpMethod() + " " + m.resourcePath();
  }

  /** True for integrations that take templates (HTTP and MOCK). */
  public boolean isEditable() {
    MethodTemplates current = getCurrent();
    return current != null
        && ("HTTP".equals(current.integrationType()) || "MOCK".equals(current.integrationType()));
  }

  public List<String> getStatuses() {
    MethodTemplates current = getCurrent();
    return current == null ? List.of() : List.copyOf(current.responseTemplates().keySet());
  }

  /** Forgets the methods read, after methods were added or deleted on the same page. */
  void refresh() {
    methods = null;
  }

  /** Loads the chosen method's templates into the form (after the method picker changes). */
  public void load() {
    methods = null;
    errorLine = 0;
    getMethods().stream().filter(m -> key(m).equals(methodKey)).findFirst().ifPresent(this::select);
  }

  private void select(MethodTemplates m) {
    methodKey = key(m);
    requestType = first(m.requestTemplates().keySet(), "application/json");
    requestTemplate = m.requestTemplates().getOrDefault(requestType, "");
    responseStatus = first(m.responseTemplates().keySet(), null);
    Map<String, String> response =
        responseStatus == null ? Map.of() : m.responseTemplates().get(responseStatus);
    responseType = first(response.keySet(), "application/json");
    responseTemplate = response.getOrDefault(responseType, "");
  }

  private static String first(java.util.Set<String> keys, String otherwise) {
    return keys.isEmpty() ? otherwise : keys.iterator().next();
  }

  public void save() {
    MethodTemplates current = getCurrent();
    errorLine = 0;
    errorMessage = null;
    if (current == null) {
      return;
    }
    Map<String, String> request = new TreeMap<>(current.requestTemplates());
    put(request, requestType, requestTemplate);
    Map<String, Map<String, String>> responses = new TreeMap<>();
    if (responseStatus != null && current.responseTemplates().containsKey(responseStatus)) {
      Map<String, String> response = new TreeMap<>(current.responseTemplates().get(responseStatus));
      put(response, responseType, responseTemplate);
      responses.put(responseStatus, response);
    }
    try {
      service.update(
          me.caller(),
          page.getTenantId(),
          page.getApiId(),
          new MethodTemplates(
              current.httpMethod(), current.resourcePath(), null, request, responses));
      Messages.done("Saved the templates of " + methodKey + " in the draft; deploy to serve them.");
      methods = null;
    } catch (PortalException e) {
      errorLine = lineOf(e);
      errorIn = e.getMessage().contains("response template") ? "response" : "request";
      errorMessage = e.getMessage();
      Messages.refused(e);
    }
  }

  private static void put(Map<String, String> map, String type, String text) {
    String key = type == null ? "" : type.trim();
    if (text == null || text.isBlank()) {
      map.remove(key);
    } else {
      map.put(key, text);
    }
  }

  private static int lineOf(PortalException e) {
    return e.details().stream()
        .map(PortalException.Detail::location)
        .filter(l -> l != null && l.startsWith("line "))
        .mapToInt(l -> Integer.parseInt(l.substring(5)))
        .findFirst()
        .orElse(0);
  }

  /** The line of the last refused template (0: none), and which editor it is in. */
  public int getErrorLine() {
    return errorLine;
  }

  /** Why the last save was refused, shown beside the editors (null: it was not). */
  public String getErrorMessage() {
    return errorMessage;
  }

  public String getErrorIn() {
    return errorIn;
  }

  public String getMethodKey() {
    getCurrent();
    return methodKey;
  }

  public void setMethodKey(String methodKey) {
    this.methodKey = methodKey;
  }

  public String getRequestType() {
    return requestType;
  }

  public void setRequestType(String requestType) {
    this.requestType = requestType;
  }

  public String getRequestTemplate() {
    return requestTemplate;
  }

  public void setRequestTemplate(String requestTemplate) {
    this.requestTemplate = requestTemplate;
  }

  public String getResponseStatus() {
    return responseStatus;
  }

  public void setResponseStatus(String responseStatus) {
    this.responseStatus = responseStatus;
  }

  public String getResponseType() {
    return responseType;
  }

  public void setResponseType(String responseType) {
    this.responseType = responseType;
  }

  public String getResponseTemplate() {
    return responseTemplate;
  }

  public void setResponseTemplate(String responseTemplate) {
    this.responseTemplate = responseTemplate;
  }
}
