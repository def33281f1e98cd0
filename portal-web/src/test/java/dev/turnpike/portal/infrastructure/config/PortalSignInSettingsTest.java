package dev.turnpike.portal.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortalSignInSettingsTest {
  private static PortalSignInSettings with(String providers) {
    PortalSignInSettings settings = new PortalSignInSettings();
    settings.identityProviders = Optional.ofNullable(providers);
    settings.termsVersion = " 2026-01 ";
    return settings;
  }

  @Test
  void no_providers_by_default() {
    assertThat(with(null).identityProviders()).isEmpty();
    assertThat(with(" , ").identityProviders()).isEmpty();
  }

  @Test
  void providers_keep_their_order_trimmed_and_lower_cased() {
    assertThat(with(" Facebook ,google,google").identityProviders())
        .containsExactly("facebook", "google");
  }

  @Test
  void an_unknown_provider_is_refused_with_the_known_ones() {
    assertThatThrownBy(() -> with("google,github").identityProviders())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown provider 'github'")
        .hasMessageContaining("google, facebook");
  }

  @Test
  void the_terms_version_is_trimmed() {
    assertThat(with(null).termsVersion()).isEqualTo("2026-01");
  }
}
