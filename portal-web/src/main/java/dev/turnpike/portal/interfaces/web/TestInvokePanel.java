package dev.turnpike.portal.interfaces.web;

import dev.turnpike.gateway.pipeline.Trace;
import dev.turnpike.gateway.testinvoke.TestResult;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.TestInvokeService;
import dev.turnpike.portal.application.TestInvokeService.Invocation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API page's test-invoke form: a request typed by hand (headers and stage variables one per
 * line) run against the draft, and what came back with every step of the pipeline.
 */
@Named("testInvoke")
@ViewScoped
public class TestInvokePanel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A header of the response, one value per row. */
  public record HeaderRow(String name, String value) {}

  /** A trace step as shown: milliseconds since arrival, name and detail. */
  public record StepRow(String at, String name, String detail) {}

  @Inject TestInvokeService service;
  @Inject ApiPage page;
  @Inject WebCaller me;

  private String method = "GET";
  private String path = "/";
  private String query;
  private String headers;
  private String body;
  private String stageVariables;
  private transient TestResult result;

  public void run() {
    result = null;
    try {
      Map<String, String> headerMap = lines("headers", headers, ':');
      Map<String, String> variables = lines("stage variables", stageVariables, '=');
      result =
          service.invoke(
              me.caller(),
              page.getTenantId(),
              page.getApiId(),
              new Invocation(method, path, query, headerMap, body, variables));
    } catch (PortalException e) {
      Messages.refused(e);
    }
  }

  /** "Name: value" (or "name=value") per line; blank lines are skipped. */
  static Map<String, String> lines(String what, String text, char separator) {
    Map<String, String> map = new LinkedHashMap<>();
    if (text == null) {
      return map;
    }
    int number = 0;
    for (String line : text.split("\\R")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      int at = line.indexOf(separator);
      if (at <= 0) {
        throw PortalException.badInput(
            what, "line " + number + " is not 'name" + separator + "value': " + line.strip());
      }
      map.put(line.substring(0, at).strip(), line.substring(at + 1).strip());
    }
    return map;
  }

  public TestResult getResult() {
    return result;
  }

  public List<HeaderRow> getResponseHeaders() {
    List<HeaderRow> rows = new ArrayList<>();
    if (result != null && result.headers() != null) {
      result
          .headers()
          .forEach((name, values) -> values.forEach(v -> rows.add(new HeaderRow(name, v))));
    }
    return rows;
  }

  public List<StepRow> getSteps() {
    List<StepRow> rows = new ArrayList<>();
    if (result != null) {
      for (Trace.Step step : result.steps()) {
        rows.add(
            new StepRow(
                String.format(Locale.ROOT, "%.2f ms", step.atMicros() / 1000.0),
                step.name(),
                step.detail()));
      }
    }
    return rows;
  }

  /** ok, redirect, client-error or server-error: the colour of the status badge. */
  public String getStatusClass() {
    int status = result == null ? 0 : result.status();
    return status >= 500 ? "tp-status-5xx" : status >= 400 ? "tp-status-4xx" : "tp-status-ok";
  }

  public List<String> getMethods() {
    return List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getHeaders() {
    return headers;
  }

  public void setHeaders(String headers) {
    this.headers = headers;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getStageVariables() {
    return stageVariables;
  }

  public void setStageVariables(String stageVariables) {
    this.stageVariables = stageVariables;
  }
}
