package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.portal.domain.model.developer.DeveloperProfile;
import dev.turnpike.portal.infrastructure.config.PortalSignInSettings;
import dev.turnpike.portal.infrastructure.persistence.JpaDeveloperProfileRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeveloperProfilesTest {
  private final Map<String, DeveloperProfile> rows = new HashMap<>();
  private final Settings settings = new Settings();
  private final DeveloperProfiles service = new DeveloperProfiles();

  DeveloperProfilesTest() {
    service.profiles = new InMemory();
    service.settings = settings;
    service.clock = Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC);
  }

  @Test
  void first_sign_in_creates_the_profile_with_the_provider_and_asks_for_terms() {
    var view = service.signedIn("sub-1", "gina@gmail.test", "Gina", "google");
    assertThat(view.identityProvider()).isEqualTo("google");
    assertThat(view.createdAt()).isEqualTo(Instant.parse("2026-02-01T09:00:00Z"));
    assertThat(view.needsTerms()).isTrue();
    assertThat(service.needsTerms("sub-1")).isTrue();
  }

  @Test
  void a_later_sign_in_keeps_the_first_provider() {
    service.signedIn("sub-1", "gina@gmail.test", "Gina", "google");
    var again = service.signedIn("sub-1", "gina@gmail.test", "Gina G.", "password");
    assertThat(again.identityProvider()).isEqualTo("google");
    assertThat(again.displayName()).isEqualTo("Gina G.");
    assertThat(rows).hasSize(1);
  }

  @Test
  void accepted_terms_open_the_portal_until_a_new_version_comes() {
    service.signedIn("sub-1", "gina@gmail.test", "Gina", "google");
    var accepted = service.acceptTerms("sub-1", "v1");
    assertThat(accepted.termsVersion()).isEqualTo("v1");
    assertThat(accepted.termsAcceptedAt()).isEqualTo(Instant.parse("2026-02-01T09:00:00Z"));
    assertThat(service.needsTerms("sub-1")).isFalse();

    settings.termsVersion = "v2";
    assertThat(service.needsTerms("sub-1")).isTrue();
  }

  @Test
  void accepting_a_version_that_is_no_longer_current_is_refused() {
    service.signedIn("sub-1", "gina@gmail.test", "Gina", "google");
    settings.termsVersion = "v2";
    assertThatThrownBy(() -> service.acceptTerms("sub-1", "v1"))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("changed to version v2")
        .extracting(e -> ((PortalException) e).kind())
        .isEqualTo(PortalException.Kind.CONFLICT);
    assertThat(service.needsTerms("sub-1")).isTrue();
  }

  @Test
  void someone_without_a_profile_needs_terms_and_cannot_accept_them() {
    assertThat(service.needsTerms("nobody")).isTrue();
    assertThatThrownBy(() -> service.acceptTerms("nobody", "v1"))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("sign in to the portal again");
  }

  @Test
  void a_deleted_account_takes_its_profile_with_it() {
    service.signedIn("sub-1", "gina@gmail.test", "Gina", "google");
    service.signedIn("sub-2", "hal@gmail.test", "Hal", "facebook");
    service.onDeleted(new AppDeveloperDeleted("sub-1"));
    assertThat(service.profile("sub-1")).isEmpty();
    assertThat(service.profile("sub-2")).isPresent();
  }

  private static final class Settings extends PortalSignInSettings {
    String termsVersion = "v1";

    @Override
    public String termsVersion() {
      return termsVersion;
    }
  }

  private final class InMemory extends JpaDeveloperProfileRepository {
    @Override
    public Optional<DeveloperProfile> find(String subject) {
      return Optional.ofNullable(rows.get(subject));
    }

    @Override
    public void add(DeveloperProfile profile) {
      rows.put(profile.subject(), profile);
    }

    @Override
    public void remove(DeveloperProfile profile) {
      rows.remove(profile.subject());
    }
  }
}
