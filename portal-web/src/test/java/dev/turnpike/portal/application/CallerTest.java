package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {
  @Test
  void e_mail_is_the_identity_and_is_compared_case_insensitively() {
    assertThat(new Caller(" Alice@Example.COM ", "Alice", Set.of()).email())
        .isEqualTo("alice@example.com");
  }

  @Test
  void a_token_without_e_mail_is_refused_with_a_fix() {
    assertThatThrownBy(() -> new Caller(null, "x", Set.of()))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("e-mail");
  }

  @Test
  void only_api_developers_and_platform_admins_build_apis() {
    assertThat(new Caller("a@x", "a", Set.of("api-developer")).canBuildApis()).isTrue();
    assertThat(new Caller("a@x", "a", Set.of("platform-admin")).canBuildApis()).isTrue();
    assertThat(new Caller("a@x", "a", Set.of("app-developer")).canBuildApis()).isFalse();
  }
}
