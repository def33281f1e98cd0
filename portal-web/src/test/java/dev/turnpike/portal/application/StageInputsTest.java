package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.portal.application.Views.ThrottleView;
import dev.turnpike.portal.domain.model.MethodThrottle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageInputsTest {
  @Test
  void variables_merge_a_value_sets_null_removes_and_names_left_out_stay() {
    Map<String, String> change = new HashMap<>();
    change.put("backend", "https://v2.example.com");
    change.put("old", null);
    Map<String, String> merged = StageInputs.variables(Map.of("old", "1", "kept", "yes"), change);
    assertThat(merged)
        .containsOnly(Map.entry("backend", "https://v2.example.com"), Map.entry("kept", "yes"));
  }

  @Test
  void a_variable_name_with_a_space_is_refused_naming_where() {
    assertThatThrownBy(() -> StageInputs.variables(Map.of(), Map.of("two words", "x")))
        .isInstanceOf(PortalException.class)
        .satisfies(
            e ->
                assertThat(((PortalException) e).details().get(0).location())
                    .isEqualTo("variables.two words"));
  }

  @Test
  void a_throttle_for_a_method_the_api_lacks_lists_the_methods_it_has() {
    assertThatThrownBy(
            () ->
                StageInputs.throttles(
                    "methodSettings",
                    Map.of(),
                    Map.of("GET /petz", new ThrottleView(1.0, 1)),
                    List.of("GET /pets", "POST /pets")))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("'GET /petz' is not a method of this API")
        .hasMessageContaining("GET /pets, POST /pets");
  }

  @Test
  void a_throttle_without_a_burst_is_refused_and_null_removes_one() {
    assertThatThrownBy(
            () ->
                StageInputs.throttles(
                    "methodSettings",
                    Map.of(),
                    Map.of("GET /pets", new ThrottleView(1.0, null)),
                    List.of("GET /pets")))
        .hasMessageContaining("methodSettings.GET /pets.burstLimit");
    Map<String, ThrottleView> remove = new HashMap<>();
    remove.put("GET /pets", null);
    assertThat(
            StageInputs.throttles(
                "methodSettings",
                Map.of("GET /pets", new MethodThrottle(1, 1)),
                remove,
                List.of("GET /pets")))
        .isEmpty();
  }
}
