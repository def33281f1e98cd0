package dev.turnpike.gateway.transform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code $input} of a mapping template: the body, JSONPath access to it and the request parameters.
 * The body is parsed at most once per rendering.
 */
public final class InputVariable {

  private final String body;
  private final Map<String, String> path;
  private final Map<String, String> querystring;
  private final Map<String, String> header;
  private Object parsed;
  private boolean isParsed;

  public InputVariable(
      String body,
      Map<String, String> path,
      Map<String, String> querystring,
      Map<String, String> header) {
    this.body = body == null ? "" : body;
    this.path = Map.copyOf(path);
    this.querystring = Map.copyOf(querystring);
    TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(header);
    this.header = headers;
  }

  /** {@code $input.body}: the raw body. */
  public String getBody() {
    return body;
  }

  /** {@code $input.json('$.a')}: the JSON text at a JSONPath ({@code "null"} when absent). */
  public String json(String jsonPath) {
    return JsonPaths.write(JsonPaths.select(root(), jsonPath));
  }

  /** {@code $input.path('$.a')}: the value at a JSONPath as maps, lists, strings and numbers. */
  public Object path(String jsonPath) {
    return JsonPaths.select(root(), jsonPath);
  }

  /** {@code $input.params()}: {@code path}, {@code querystring} and {@code header} maps. */
  public Map<String, Map<String, String>> params() {
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    all.put("path", path);
    all.put("querystring", querystring);
    all.put("header", header);
    return all;
  }

  /**
   * {@code $input.params('x')}: a path, then query string, then header parameter (header names
   * case-insensitive); or "" when none has that name, as Amazon.
   */
  public String params(String name) {
    if (path.containsKey(name)) {
      return path.get(name);
    }
    if (querystring.containsKey(name)) {
      return querystring.get(name);
    }
    return header.getOrDefault(name, "");
  }

  private Object root() {
    if (!isParsed) {
      parsed = JsonPaths.parse(body);
      isParsed = true;
    }
    return parsed;
  }
}
