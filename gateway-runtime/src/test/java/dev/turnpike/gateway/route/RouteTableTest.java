package dev.turnpike.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RouteTableTest {

  private final RouteTable<String> table =
      RouteTable.<String>builder()
          .add("GET", "/pets", "list")
          .add("GET", "/pets/mine", "mine")
          .add("GET", "/pets/{id}", "one")
          .add("ANY", "/{proxy+}", "proxy")
          .add("GET", "/", "root")
          .build();

  @Test
  void static_beats_param_beats_greedy() {
    assertThat(table.match("GET", "/pets/mine").orElseThrow().target()).isEqualTo("mine");
    assertThat(table.match("GET", "/pets/7").orElseThrow().pathParameters())
        .containsEntry("id", "7");
    assertThat(table.match("GET", "/pets/7/toys").orElseThrow().pathParameters())
        .containsEntry("proxy", "pets/7/toys");
    assertThat(table.match("POST", "/pets").orElseThrow().target()).isEqualTo("proxy");
    assertThat(table.match("GET", "/").orElseThrow().target()).isEqualTo("root");
    assertThat(table.match("DELETE", "/")).isEmpty();
  }

  @Test
  void decodes_path_parameters() {
    assertThat(table.match("GET", "/pets/a%20b%2Fc+d").orElseThrow().pathParameters())
        .containsEntry("id", "a b/c+d");
  }

  @Test
  void rejects_clashing_or_malformed_paths() {
    assertThatThrownBy(
            () ->
                RouteTable.<String>builder().add("GET", "/a/{x}", "1").add("GET", "/a/{y}/b", "2"))
        .hasMessageContaining("{y} clashes with sibling {x}");
    assertThatThrownBy(() -> RouteTable.<String>builder().add("GET", "/{p+}/x", "1"))
        .hasMessageContaining("must be the last segment");
    assertThatThrownBy(
            () -> RouteTable.<String>builder().add("GET", "/a", "1").add("GET", "/a", "2"))
        .hasMessageContaining("defined twice");
  }
}
