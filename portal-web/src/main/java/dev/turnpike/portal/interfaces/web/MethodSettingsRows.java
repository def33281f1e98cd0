package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.MethodRequestService.ParameterInput;
import dev.turnpike.portal.application.MethodResponseService.IntegrationResponseInput;
import dev.turnpike.portal.application.MethodResponseService.MethodResponseInput;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The editable rows of the method request and responses forms. Lists a person types on one line
 * (headers "X-A, X-B") or one per line (mappings "X-Header = integration.response.header.Y") are
 * split here; the services check what they mean.
 */
public final class MethodSettingsRows {
  private MethodSettingsRows() {}

  /** A method request parameter. */
  public static final class ParamRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String in = "query";
    private String name;
    private boolean required;

    static ParamRow of(ParameterInput p) {
      ParamRow row = new ParamRow();
      row.in = "querystring".equals(p.in()) ? "query" : p.in();
      row.name = p.name();
      row.required = Boolean.TRUE.equals(p.required());
      return row;
    }

    ParameterInput input() {
      return new ParameterInput(in, name, required);
    }

    public String getIn() {
      return in;
    }

    public void setIn(String in) {
      this.in = in;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public boolean isRequired() {
      return required;
    }

    public void setRequired(boolean required) {
      this.required = required;
    }
  }

  /** A method response: status, header names, model (application/json). */
  public static final class ResponseRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String statusCode = "200";
    private String headers = "";
    private String model = "";

    static ResponseRow of(MethodResponseInput r) {
      ResponseRow row = new ResponseRow();
      row.statusCode = r.statusCode();
      row.headers = String.join(", ", r.headers() == null ? List.of() : r.headers());
      row.model = r.models() == null ? "" : r.models().getOrDefault("application/json", "");
      return row;
    }

    MethodResponseInput input() {
      List<String> names =
          Arrays.stream(headers == null ? new String[0] : headers.split(","))
              .map(String::trim)
              .filter(h -> !h.isEmpty())
              .toList();
      Map<String, String> models =
          model == null || model.isBlank() ? Map.of() : Map.of("application/json", model);
      return new MethodResponseInput(statusCode, names, models);
    }

    public String getStatusCode() {
      return statusCode;
    }

    public void setStatusCode(String statusCode) {
      this.statusCode = statusCode;
    }

    public String getHeaders() {
      return headers;
    }

    public void setHeaders(String headers) {
      this.headers = headers;
    }

    public String getModel() {
      return model;
    }

    public void setModel(String model) {
      this.model = model;
    }
  }

  /** An integration response: pattern, status, header mappings (one a line), JSON template. */
  public static final class IntegrationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String selectionPattern = "";
    private String statusCode = "200";
    private String mappings = "";
    private String template = "";

    static IntegrationRow of(IntegrationResponseInput r) {
      IntegrationRow row = new IntegrationRow();
      row.selectionPattern = r.selectionPattern() == null ? "" : r.selectionPattern();
      row.statusCode = r.statusCode();
      row.mappings =
          r.responseParameters().entrySet().stream()
              .map(
                  e ->
                      e.getKey().replaceFirst("^method\\.response\\.header\\.", "")
                          + " = "
                          + e.getValue())
              .collect(Collectors.joining("\n"));
      row.template = r.responseTemplates().getOrDefault("application/json", "");
      return row;
    }

    IntegrationResponseInput input() {
      Map<String, String> parameters = new LinkedHashMap<>();
      for (String line : (mappings == null ? "" : mappings).split("\\R")) {
        int eq = line.indexOf('=');
        if (!line.isBlank()) {
          String header = eq < 0 ? line.trim() : line.substring(0, eq).trim();
          parameters.put(
              "method.response.header." + header, eq < 0 ? "" : line.substring(eq + 1).trim());
        }
      }
      Map<String, String> templates =
          template == null || template.isBlank() ? Map.of() : Map.of("application/json", template);
      return new IntegrationResponseInput(selectionPattern, statusCode, parameters, templates);
    }

    public String getSelectionPattern() {
      return selectionPattern;
    }

    public void setSelectionPattern(String selectionPattern) {
      this.selectionPattern = selectionPattern;
    }

    public String getStatusCode() {
      return statusCode;
    }

    public void setStatusCode(String statusCode) {
      this.statusCode = statusCode;
    }

    public String getMappings() {
      return mappings;
    }

    public void setMappings(String mappings) {
      this.mappings = mappings;
    }

    public String getTemplate() {
      return template;
    }

    public void setTemplate(String template) {
      this.template = template;
    }
  }
}
