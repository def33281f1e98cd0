package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.infrastructure.config.PortalSignInSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The sign-in choices page: one "Continue with …" button per configured social provider, and
 * Keycloak's own e-mail and password page (which also registers new people).
 */
@Named("signin")
@RequestScoped
public class PortalSignInChoices {
  private static final Map<String, String> LABELS =
      Map.of("google", "Google", "facebook", "Facebook");

  @Inject PortalSignInSettings settings;
  @Inject PortalCatalogPage portal;

  /** A "Continue with …" button. */
  public record Choice(String alias, String label, String url) {}

  public List<Choice> getProviders() {
    return settings.identityProviders().stream()
        .map(alias -> new Choice(alias, LABELS.get(alias), url(alias)))
        .toList();
  }

  public String getPasswordUrl() {
    return url(PortalSignInRoutes.PASSWORD);
  }

  /** Where the person goes back to: the catalog, or the page they asked to sign in from. */
  public String getBackUrl() {
    String from = PortalCatalogPage.param("from");
    return from.isEmpty() ? portal.getHome() : portal.getHome() + "/" + from;
  }

  private String url(String with) {
    return portal.getHome()
        + "/signin?with="
        + with
        + "&from="
        + URLEncoder.encode(PortalCatalogPage.param("from"), StandardCharsets.UTF_8);
  }
}
