package dev.turnpike.gateway.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryMediaTypesTest {

  @Test
  void matches_exact_types_and_wildcards_ignoring_parameters_and_case() {
    BinaryMediaTypes types = BinaryMediaTypes.of(List.of("image/*", "application/octet-stream"));

    assertThat(types.matches("image/png")).isTrue();
    assertThat(types.matches("IMAGE/JPEG; q=1")).isTrue();
    assertThat(types.matches("application/octet-stream;charset=x")).isTrue();
    assertThat(types.matches("application/json")).isFalse();
    assertThat(types.matches(null)).isFalse();
    assertThat(types.accepted("image/png, application/json")).isTrue();
    assertThat(types.accepted("application/json, image/png")).isFalse();
  }

  @Test
  void star_slash_star_makes_every_typed_payload_binary() {
    BinaryMediaTypes all = BinaryMediaTypes.of(List.of("*/*"));
    assertThat(all.matches("text/plain")).isTrue();
    assertThat(all.matches("")).isFalse();
    assertThat(BinaryMediaTypes.NONE.matches("image/png")).isFalse();
  }
}
