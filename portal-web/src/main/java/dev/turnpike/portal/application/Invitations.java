package dev.turnpike.portal.application;

import dev.turnpike.portal.domain.model.tenant.Membership;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * Turns invitations into memberships when the invited person shows up: at console sign-in or with a
 * management API token carrying that e-mail. Only an e-mail the identity provider verified may
 * claim one, or anyone could register a stranger's address and walk into their tenant.
 */
@ApplicationScoped
@Transactional
public class Invitations {
  private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

  @Inject PlatformQueries platform;

  /** Accepts the caller's open invitations; returns how many there were. */
  public int claim(Caller caller) {
    if (!caller.emailVerified() || caller.token() != null) {
      return 0;
    }
    List<Membership> open = platform.invitationsOf(caller.email());
    for (Membership invitation : open) {
      invitation.accept();
      LOG.info(
          () ->
              caller.email()
                  + " joined tenant "
                  + invitation.tenantId()
                  + " as "
                  + invitation.role()
                  + " (invited by "
                  + invitation.invitedBy()
                  + ")");
    }
    return open.size();
  }
}
