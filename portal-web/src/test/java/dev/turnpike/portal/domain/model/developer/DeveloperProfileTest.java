package dev.turnpike.portal.domain.model.developer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeveloperProfileTest {
  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

  private final DeveloperProfile profile =
      new DeveloperProfile("sub-1", "gina@gmail.test", "Gina", "google", T0);

  @Test
  void a_new_profile_needs_the_terms_accepted() {
    assertThat(profile.needsToAccept("2026-01")).isTrue();
    assertThat(profile.termsVersion()).isNull();
  }

  @Test
  void accepting_records_version_and_time_and_is_enough_for_that_version() {
    Instant later = T0.plusSeconds(60);
    profile.acceptTerms("2026-01", later);
    assertThat(profile.needsToAccept("2026-01")).isFalse();
    assertThat(profile.termsVersion()).isEqualTo("2026-01");
    assertThat(profile.termsAcceptedAt()).isEqualTo(later);
  }

  @Test
  void a_later_terms_version_asks_again() {
    profile.acceptTerms("2026-01", T0);
    assertThat(profile.needsToAccept("2026-07")).isTrue();
  }

  @Test
  void refreshing_keeps_the_first_provider_and_creation_time() {
    profile.refresh("gina@example.test", "Gina G.");
    assertThat(profile.email()).isEqualTo("gina@example.test");
    assertThat(profile.displayName()).isEqualTo("Gina G.");
    assertThat(profile.identityProvider()).isEqualTo("google");
    assertThat(profile.createdAt()).isEqualTo(T0);
  }

  @Test
  void without_a_provider_the_profile_records_password_sign_in() {
    assertThat(new DeveloperProfile("s", "a@b.test", null, null, T0).identityProvider())
        .isEqualTo(DeveloperProfile.PASSWORD);
  }
}
