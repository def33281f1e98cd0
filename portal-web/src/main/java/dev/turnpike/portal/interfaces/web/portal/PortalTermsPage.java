package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.application.DeveloperProfiles;
import dev.turnpike.portal.application.DeveloperProfiles.DeveloperProfileView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The terms page: the current version of the terms of use, and whether (and when) the signed-in
 * developer accepted an earlier one. The form posts to {@link PortalSignInRoutes}, which records
 * the acceptance of exactly the version shown here.
 */
@Named("terms")
@RequestScoped
public class PortalTermsPage {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

  @Inject DeveloperProfiles profiles;
  @Inject PortalCatalogPage portal;

  private DeveloperProfileView profile;

  public String getVersion() {
    return profiles.currentTerms();
  }

  /** "You accepted version 2025-06 on 3 June 2025; the terms have changed since." or empty. */
  public String getEarlier() {
    DeveloperProfileView p = profile();
    if (p == null || p.termsVersion() == null) {
      return "";
    }
    return "You accepted version "
        + p.termsVersion()
        + " on "
        + DAY.format(p.termsAcceptedAt())
        + "; the terms have changed since.";
  }

  public String getAction() {
    return portal.getHome() + "/terms";
  }

  public String getFrom() {
    return PortalCatalogPage.param("from");
  }

  private DeveloperProfileView profile() {
    if (profile == null) {
      PortalDeveloper developer =
          PortalDeveloper.of(
              (HttpSession)
                  FacesContext.getCurrentInstance().getExternalContext().getSession(false));
      profile = developer == null ? null : profiles.profile(developer.subject()).orElse(null);
    }
    return profile;
  }
}
