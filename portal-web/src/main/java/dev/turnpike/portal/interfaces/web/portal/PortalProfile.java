package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.application.AccountService;
import dev.turnpike.portal.application.Caller;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.infrastructure.identity.KeycloakAdmin;
import dev.turnpike.portal.infrastructure.identity.KeycloakAdmin.LinkedIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The account page: who the developer is (from the sign-in), which social identities are linked to
 * them (from Keycloak), and deleting the account. Deletion runs our side in one transaction first
 * (after checking Keycloak answers, so a Keycloak outage deletes nothing), then removes the person
 * from Keycloak and ends the session; if Keycloak fails only then, the page says exactly that.
 */
@Named("profile")
@RequestScoped
public class PortalProfile {
  private static final Logger LOG = Logger.getLogger(PortalProfile.class.getName());

  @Inject PortalAccount account;
  @Inject PortalCatalogPage portal;
  @Inject AccountService accounts;
  @Inject KeycloakAdmin keycloak;

  private String confirmEmail;
  private List<LinkedIdentity> linked;
  private String linkedProblem;

  public String getEmail() {
    return account.caller().map(Caller::email).orElse("");
  }

  public String getUsername() {
    return identity().map(PortalDeveloper::username).orElse("");
  }

  /** The linked identities, or empty with {@link #getLinkedProblem()} set if Keycloak failed. */
  public List<LinkedIdentity> getLinked() {
    if (linked == null) {
      try {
        linked = identity().map(i -> keycloak.linkedIdentities(i.subject())).orElse(List.of());
      } catch (KeycloakAdmin.Unavailable e) {
        LOG.log(Level.WARNING, "Linked identities unavailable: {0}", e.getMessage());
        linked = List.of();
        linkedProblem = "Your linked sign-ins cannot be shown right now; try again later.";
      }
    }
    return linked;
  }

  public String getLinkedProblem() {
    getLinked();
    return linkedProblem;
  }

  /** "Google" for "google": provider aliases are lower-case in Keycloak. */
  public String providerName(LinkedIdentity identity) {
    String alias = identity.provider();
    return alias.isEmpty() ? alias : Character.toUpperCase(alias.charAt(0)) + alias.substring(1);
  }

  public String getConfirmEmail() {
    return confirmEmail;
  }

  public void setConfirmEmail(String confirmEmail) {
    this.confirmEmail = confirmEmail;
  }

  /** Set after a deletion, on the page the browser is sent to: "done" or "keycloak-failed". */
  public String getDeleted() {
    return PortalCatalogPage.param("deleted");
  }

  public void delete() throws IOException {
    Optional<PortalDeveloper> who = identity();
    Optional<Caller> caller = account.caller();
    if (who.isEmpty() || caller.isEmpty()) {
      PortalAccount.error("Sign in again to delete your account.");
      return;
    }
    String subject = who.get().subject();
    try {
      if (!keycloak.exists(subject)) {
        PortalAccount.error("Your sign-in account was not found; sign in again and retry.");
        return;
      }
      accounts.delete(caller.get(), subject, confirmEmail);
    } catch (KeycloakAdmin.Unavailable e) {
      LOG.log(Level.WARNING, "Account deletion not started: {0}", e.getMessage());
      PortalAccount.error(
          "The sign-in service is not answering, so nothing was deleted. Try again in a while.");
      return;
    } catch (PortalException e) {
      PortalAccount.error(e.getMessage());
      return;
    }
    String outcome = "done";
    try {
      keycloak.deleteUser(subject);
    } catch (KeycloakAdmin.Unavailable e) {
      LOG.log(Level.WARNING, "Account data deleted, Keycloak user not: {0}", e.getMessage());
      outcome = "keycloak-failed";
    }
    String farewell = portal.getHome() + "/account?deleted=" + outcome;
    endSession();
    FacesContext.getCurrentInstance().getExternalContext().redirect(farewell);
  }

  /**
   * Invalidating the session ends the portal sign-in and the OpenID Connect state kept in it. No
   * {@code request.logout()}: in a Faces action it commits the response, so the redirect after it
   * fails; and Keycloak's own sessions ended with the deleted user.
   */
  private static void endSession() {
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
  }

  private static Optional<PortalDeveloper> identity() {
    Object session = FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    return Optional.ofNullable(PortalDeveloper.of((HttpSession) session));
  }
}
