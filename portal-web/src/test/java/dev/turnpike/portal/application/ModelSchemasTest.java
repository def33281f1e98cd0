package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelSchemasTest {
  @Test
  void refuses_a_schema_that_is_not_draft_4() {
    assertThatThrownBy(() -> ModelSchemas.checked("{\"type\": 5}", Set.of()))
        .isInstanceOfSatisfying(
            PortalException.class,
            e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.UNPROCESSABLE));
  }

  @Test
  void refuses_text_that_is_not_json_and_unknown_references() {
    assertThatThrownBy(() -> ModelSchemas.checked("{nope", Set.of()))
        .isInstanceOfSatisfying(
            PortalException.class,
            e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.BAD_REQUEST));
    assertThatThrownBy(
            () -> ModelSchemas.checked("{\"$ref\": \"#/definitions/Ghost\"}", Set.of("Pet")))
        .hasMessageContaining("#/definitions/Ghost");
  }

  @Test
  @SuppressWarnings("rawtypes")
  void inlines_only_the_models_a_model_reaches() {
    Map<String, Schema> models = new LinkedHashMap<>();
    models.put(
        "Tag",
        ModelSchemas.toComponent(
            ModelSchemas.checked("{\"type\":\"string\"}", Set.of()), "application/json"));
    models.put(
        "Pet",
        ModelSchemas.toComponent(
            ModelSchemas.checked(
                "{\"type\":\"object\",\"required\":[\"name\"],"
                    + "\"properties\":{\"name\":{\"type\":\"string\"},"
                    + "\"tag\":{\"$ref\":\"#/definitions/Tag\"}}}",
                Set.of("Tag")),
            "application/json"));
    models.put(
        "Other",
        ModelSchemas.toComponent(ModelSchemas.checked("{}", Set.of()), "application/json"));
    String inlined = ModelSchemas.inlined("Pet", models);
    assertThat(inlined).contains("\"definitions\":{\"Tag\"", "#/definitions/Tag");
    assertThat(inlined).doesNotContain("Other", "x-turnpike");
    ModelSchemas.compiles("POST /pets", "application/json", inlined);
  }
}
