package dev.turnpike.portal.application;

import dev.turnpike.portal.domain.model.developer.DeveloperProfile;
import dev.turnpike.portal.infrastructure.config.PortalSignInSettings;
import dev.turnpike.portal.infrastructure.persistence.JpaDeveloperProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * App developers' profiles: created at the first portal sign-in, terms of use accepted (again for
 * every new version), removed when the account is deleted. Nothing else in the portal is open to a
 * signed-in developer until they have accepted the current terms.
 */
@ApplicationScoped
@Transactional
public class DeveloperProfiles {
  private static final Logger LOG = Logger.getLogger(DeveloperProfiles.class.getName());

  @Inject JpaDeveloperProfileRepository profiles;
  @Inject PortalSignInSettings settings;
  Clock clock = Clock.systemUTC();

  /** The profile of a person who just signed in; created on their first sign-in. */
  public DeveloperProfileView signedIn(
      String subject, String email, String displayName, String identityProvider) {
    Optional<DeveloperProfile> known = profiles.find(subject);
    DeveloperProfile profile;
    if (known.isPresent()) {
      profile = known.get();
      profile.refresh(email, displayName);
    } else {
      profile = new DeveloperProfile(subject, email, displayName, identityProvider, now());
      profiles.add(profile);
      LOG.info(() -> "New app developer " + email + " (signed up with " + identityProvider + ")");
    }
    return view(profile);
  }

  public Optional<DeveloperProfileView> profile(String subject) {
    return profiles.find(subject).map(this::view);
  }

  /** True when the person must (again) accept the terms before using the portal. */
  public boolean needsTerms(String subject) {
    return profiles.find(subject).map(p -> p.needsToAccept(currentTerms())).orElse(true);
  }

  /**
   * Records acceptance of the version the person was shown; refused when that is no longer the
   * current version, so nobody accepts terms they did not read.
   */
  public DeveloperProfileView acceptTerms(String subject, String shownVersion) {
    DeveloperProfile profile =
        profiles
            .find(subject)
            .orElseThrow(
                () ->
                    new PortalException(
                        PortalException.Kind.UNAUTHENTICATED,
                        "No developer profile for this sign-in: sign in to the portal again."));
    if (!currentTerms().equals(shownVersion)) {
      throw new PortalException(
          PortalException.Kind.CONFLICT,
          "The terms of use changed to version "
              + currentTerms()
              + " while you were reading version "
              + shownVersion
              + ": read the new version and accept it.");
    }
    profile.acceptTerms(shownVersion, now());
    return view(profile);
  }

  public String currentTerms() {
    return settings.termsVersion();
  }

  /** A deleted account takes its profile with it. */
  public void onDeleted(@Observes AppDeveloperDeleted deleted) {
    profiles.find(deleted.subject()).ifPresent(profiles::remove);
  }

  private DeveloperProfileView view(DeveloperProfile p) {
    return new DeveloperProfileView(
        p.subject(),
        p.email(),
        p.displayName(),
        p.identityProvider(),
        p.createdAt(),
        p.termsVersion(),
        p.termsAcceptedAt(),
        p.needsToAccept(currentTerms()));
  }

  private Instant now() {
    return clock.instant();
  }

  /** What the web layer sees of a profile. */
  public record DeveloperProfileView(
      String subject,
      String email,
      String displayName,
      String identityProvider,
      Instant createdAt,
      String termsVersion,
      Instant termsAcceptedAt,
      boolean needsTerms) {}
}
