package dev.turnpike.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {
  private static final Map<String, String> IDS =
      Map.of(
          "parameters",
          "params",
          "name",
          "name",
          "validator",
          "validator",
          "requestModels",
          "model");

  @Test
  void a_row_field_names_the_component_in_that_row() {
    assertThat(FieldErrors.clientId("req", "parameters[2].name", IDS))
        .isEqualTo("req:params:2:name");
  }

  @Test
  void a_plain_or_keyed_field_names_its_component_and_unknown_ones_none() {
    assertThat(FieldErrors.clientId("req", "validator", IDS)).isEqualTo("req:validator");
    assertThat(FieldErrors.clientId("req", "requestModels.application/json", IDS))
        .isEqualTo("req:model");
    assertThat(FieldErrors.clientId("req", "httpMethod", IDS)).isNull();
  }
}
