package dev.turnpike.gateway.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.gateway.definition.RequestValidation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {

  private static final String MODEL =
      "{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"type\":\"object\","
          + "\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\"},"
          + "\"age\":{\"type\":\"integer\",\"minimum\":0,\"exclusiveMinimum\":true}}}";

  private final RequestValidator validator =
      RequestValidator.compile(
          "POST /pets",
          new RequestValidation(
              true,
              true,
              List.of("method.request.querystring.type", "method.request.header.x-id"),
              Map.of("application/json", MODEL)));

  @Test
  void names_missing_parameters_in_order() {
    Map<String, Map<String, String>> request =
        Map.of("querystring", Map.of(), "header", Map.of("x-id", "1"), "path", Map.of());
    assertThat(validator.missingParameters(location -> request.get(location)::get))
        .containsExactly("type");
  }

  @Test
  void checks_bodies_with_draft_4_semantics() {
    assertThat(
            validator.bodyProblems("application/json; charset=utf-8", "{\"name\":\"a\",\"age\":1}"))
        .isEmpty();
    // draft 4: exclusiveMinimum is a boolean modifier of minimum
    assertThat(validator.bodyProblems("application/json", "{\"name\":\"a\",\"age\":0}"))
        .isNotEmpty();
    assertThat(validator.bodyProblems("application/json", "{\"age\":1}")).isNotEmpty();
    assertThat(validator.bodyProblems("application/json", "not json")).isNotEmpty();
    assertThat(validator.bodyProblems("application/json", "")).isNotEmpty();
    assertThat(validator.checksBody("text/plain")).isFalse();
    assertThat(validator.checksBody(null)).isTrue();
  }

  @Test
  void refuses_bad_parameter_names_and_models_at_compile_time() {
    assertThatThrownBy(
            () ->
                RequestValidator.compile(
                    "GET /x", new RequestValidation(true, false, List.of("query.q"), Map.of())))
        .hasMessageContaining("GET /x")
        .hasMessageContaining("method.request.{path|querystring|header}.NAME");
    assertThatThrownBy(
            () ->
                RequestValidator.compile(
                    "GET /x",
                    new RequestValidation(false, true, List.of(), Map.of("application/json", "{"))))
        .hasMessageContaining("model for 'application/json'");
  }

  @Test
  void does_not_fetch_remote_references() {
    assertThatThrownBy(
            () ->
                RequestValidator.compile(
                    "POST /r",
                    new RequestValidation(
                        false,
                        true,
                        List.of(),
                        Map.of("application/json", "{\"$ref\":\"http://127.0.0.1:1/evil.json\"}"))))
        .hasMessageContaining("POST /r: model for 'application/json' is not a usable JSON schema")
        .hasMessageNotContaining("FileNotFound");
  }
}
