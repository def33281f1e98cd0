package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.GatewayResponseService;
import dev.turnpike.portal.application.GatewayResponseService.GatewayResponseView;
import dev.turnpike.portal.application.GatewayResponseService.GatewayResponses;
import dev.turnpike.portal.application.PortalException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The API page's "Gateway responses" section: the API's overrides of the gateway's own answers
 * (DEFAULT_4XX, MISSING_AUTHENTICATION_TOKEN, THROTTLED, ...) and a form for one: status, headers
 * ("Name: value" a line) and a JSON body template.
 */
@Named("gatewayResponsesPanel")
@ViewScoped
public class GatewayResponsesPanel implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> IDS =
      Map.of("type", "type", "statusCode", "status", "headers", "headers", "templates", "template");

  @Inject GatewayResponseService service;
  @Inject ApiPage page;
  @Inject WebCaller me;

  private String type = "DEFAULT_4XX";
  private Integer statusCode;
  private String headers = "";
  private String template = "{\"message\": $context.error.messageString}";
  private transient GatewayResponses current;

  public GatewayResponses getCurrent() {
    if (current == null) {
      try {
        current = service.list(me.caller(), page.getTenantId(), page.getApiId()).body();
      } catch (PortalException e) {
        current = new GatewayResponses(List.of(), List.of());
      }
    }
    return current;
  }

  public void edit(GatewayResponseView response) {
    type = response.type();
    statusCode = response.statusCode();
    headers =
        response.headers().entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("\n"));
    template = response.templates().getOrDefault("application/json", "");
  }

  public void save() {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String line : (headers == null ? "" : headers).split("\\R")) {
      int colon = line.indexOf(':');
      if (!line.isBlank()) {
        parsed.put(
            colon < 0 ? line.trim() : line.substring(0, colon).trim(),
            colon < 0 ? "" : line.substring(colon + 1).trim());
      }
    }
    Map<String, String> templates =
        template == null || template.isBlank() ? Map.of() : Map.of("application/json", template);
    try {
      service.put(
          me.caller(),
          page.getTenantId(),
          page.getApiId(),
          type,
          new GatewayResponseView(type, statusCode, parsed, templates));
      Messages.done("Saved gateway response " + type + "; deploy to serve it.");
      current = null;
    } catch (PortalException e) {
      FieldErrors.refused(e, "gatewayResponses", IDS);
    }
  }

  public void delete(String responseType) {
    try {
      service.delete(me.caller(), page.getTenantId(), page.getApiId(), responseType);
      Messages.done("Removed the override of " + responseType + ".");
      current = null;
    } catch (PortalException e) {
      Messages.refused(e);
    }
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Integer getStatusCode() {
    return statusCode;
  }

  public void setStatusCode(Integer statusCode) {
    this.statusCode = statusCode;
  }

  public String getHeaders() {
    return headers;
  }

  public void setHeaders(String headers) {
    this.headers = headers;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }
}
