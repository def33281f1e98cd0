package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.ApiMethodService;
import dev.turnpike.portal.application.ApiMethodService.IntegrationInput;
import dev.turnpike.portal.application.ApiMethodService.MethodInput;
import dev.turnpike.portal.application.MappingTemplateService;
import dev.turnpike.portal.application.MappingTemplateService.MethodTemplates;
import dev.turnpike.portal.application.PortalException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The API page's "Resources and methods" section: the draft's methods as a tree of resource paths,
 * a form adding a method by hand, and a delete button per method. The template editor on the same
 * page then edits the new method's templates.
 */
@Named("methodsPanel")
@ViewScoped
public class MethodsPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One resource of the tree, indented by its depth, with the methods defined on it. */
  public record Resource(String path, String name, int depth, List<MethodTemplates> methods) {}

  @Inject ApiMethodService service;
  @Inject MappingTemplateService templates;
  @Inject ApiPage page;
  @Inject TemplateEditor editor;
  @Inject WebCaller me;

  private String httpMethod = "GET";
  private String resourcePath = "/";
  private boolean apiKeyRequired;
  private String integrationType = "MOCK";
  private String uri;
  private Integer timeoutMillis;
  private transient List<Resource> tree;

  /** Every resource from the root down, including ones that only hold others (as in Amazon's). */
  public List<Resource> getTree() {
    if (tree == null) {
      List<MethodTemplates> methods;
      try {
        methods = templates.list(me.caller(), page.getTenantId(), page.getApiId());
      } catch (PortalException e) {
        methods = List.of();
      }
      tree = treeOf(methods);
    }
    return tree;
  }

  static List<Resource> treeOf(List<MethodTemplates> methods) {
    TreeMap<String, List<MethodTemplates>> byPath = new TreeMap<>();
    byPath.put("/", new ArrayList<>());
    for (MethodTemplates m : methods) {
      String path = m.resourcePath();
      for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
        byPath.computeIfAbsent(path.substring(0, i), p -> new ArrayList<>());
      }
      byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(m);
    }
    List<Resource> result = new ArrayList<>();
    byPath.forEach(
        (path, list) -> {
          int depth = path.equals("/") ? 0 : path.split("/").length - 1;
          String name = path.equals("/") ? "/" : "/" + path.substring(path.lastIndexOf('/') + 1);
          result.add(new Resource(path, name, depth, list));
        });
    return result;
  }

  public void add() {
    try {
      service.add(me.caller(), page.getTenantId(), page.getApiId(), input());
      Messages.done(
          "Added "
              + httpMethod
              + " "
              + resourcePath
              + " to the draft; edit its templates below and deploy to serve it.");
      changed();
    } catch (PortalException e) {
      Messages.refused(e);
    }
  }

  public void delete(String method, String path) {
    try {
      service.delete(me.caller(), page.getTenantId(), page.getApiId(), method, path);
      Messages.done(
          "Deleted " + method + " " + path + " from the draft; deploy to stop serving it.");
      changed();
    } catch (PortalException e) {
      Messages.refused(e);
    }
  }

  private MethodInput input() {
    boolean mock = "MOCK".equals(integrationType);
    return new MethodInput(
        httpMethod,
        resourcePath,
        apiKeyRequired,
        new IntegrationInput(integrationType, mock ? null : uri, null, timeoutMillis));
  }

  private void changed() {
    tree = null;
    editor.refresh();
  }

  public String getHttpMethod() {
    return httpMethod;
  }

  public void setHttpMethod(String httpMethod) {
    this.httpMethod = httpMethod;
  }

  public String getResourcePath() {
    return resourcePath;
  }

  public void setResourcePath(String resourcePath) {
    this.resourcePath = resourcePath;
  }

  public boolean isApiKeyRequired() {
    return apiKeyRequired;
  }

  public void setApiKeyRequired(boolean apiKeyRequired) {
    this.apiKeyRequired = apiKeyRequired;
  }

  public String getIntegrationType() {
    return integrationType;
  }

  public void setIntegrationType(String integrationType) {
    this.integrationType = integrationType;
  }

  public String getUri() {
    return uri;
  }

  public void setUri(String uri) {
    this.uri = uri;
  }

  public Integer getTimeoutMillis() {
    return timeoutMillis;
  }

  public void setTimeoutMillis(Integer timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }
}
