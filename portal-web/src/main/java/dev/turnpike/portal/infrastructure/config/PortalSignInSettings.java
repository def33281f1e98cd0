package dev.turnpike.portal.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How app developers sign in to the developer portal: which social identity providers (Keycloak
 * identity-provider aliases) get a "Continue with …" button, and the version of the terms of use
 * they must accept. Only providers an operator has configured in Keycloak with real client ids
 * belong here; a button for a disabled provider would end on a Keycloak error page.
 */
@ApplicationScoped
public class PortalSignInSettings {
  /** The providers the portal knows how to label; other aliases are refused at start. */
  public static final List<String> KNOWN_PROVIDERS = List.of("google", "facebook");

  @Inject
  @ConfigProperty(name = "turnpike.portal.identity-providers")
  Optional<String> identityProviders;

  @Inject
  @ConfigProperty(name = "turnpike.portal.terms-version", defaultValue = "2026-01")
  String termsVersion;

  /** A misspelt provider stops the deployment with the message, not the first sign-in later. */
  void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    identityProviders();
  }

  /** The configured social providers, in the configured order; empty when none is. */
  public List<String> identityProviders() {
    List<String> aliases =
        Arrays.stream(identityProviders.orElse("").split(","))
            .map(s -> s.trim().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .distinct()
            .toList();
    for (String alias : aliases) {
      if (!KNOWN_PROVIDERS.contains(alias)) {
        throw new IllegalStateException(
            "turnpike.portal.identity-providers: unknown provider '"
                + alias
                + "'; use any of "
                + KNOWN_PROVIDERS);
      }
    }
    return aliases;
  }

  public String termsVersion() {
    return termsVersion.trim();
  }
}
