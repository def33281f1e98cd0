package dev.turnpike.gateway.transform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.LinkedHashMap;

/**
 * JSONPath for mapping templates, by Jayway JsonPath over Jackson: the full syntax Amazon accepts
 * ({@code $.a.b}, {@code $['a']}, {@code $.items[0]}, {@code $.items[*].name}, {@code $..name},
 * filters {@code $.items[?(@.price > 10)]}). Values are plain maps, lists, strings, numbers and
 * booleans, so templates can iterate them and call {@code .size()}.
 */
final class JsonPaths {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Configuration CONFIG =
      Configuration.builder()
          .jsonProvider(new JacksonJsonProvider(MAPPER))
          .mappingProvider(new JacksonMappingProvider(MAPPER))
          .options(Option.SUPPRESS_EXCEPTIONS)
          .build();

  static {
    // Loads JsonPath's classes once, at start, not in the first request's time budget.
    select(parse("{\"a\":[1]}"), "$.a[?(@ > 0)]");
  }

  private JsonPaths() {}

  /** The body as maps and lists; an empty body is an empty object. */
  static Object parse(String json) {
    if (json == null || json.isBlank()) {
      return new LinkedHashMap<String, Object>();
    }
    try {
      return MAPPER.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Body is not valid JSON (line "
              + e.getLocation().getLineNr()
              + "): "
              + e.getOriginalMessage(),
          e);
    }
  }

  /** The value at {@code path} (null when absent; a list for wildcards, scans and filters). */
  static Object select(Object root, String path) {
    if (path == null || !path.trim().startsWith("$")) {
      throw new IllegalArgumentException("JSONPath must start with '$', got '" + path + "'");
    }
    JsonPath compiled;
    try {
      compiled = JsonPath.compile(path.trim());
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("Invalid JSONPath '" + path + "': " + e.getMessage(), e);
    }
    return compiled.read(root, CONFIG);
  }

  /** JSON text of a value. */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
