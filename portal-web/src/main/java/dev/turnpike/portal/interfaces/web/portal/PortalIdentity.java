package dev.turnpike.portal.interfaces.web.portal;

import java.io.Serializable;

/**
 * Who signed in to the portal as the identity provider knows them: the subject (Keycloak's user id,
 * needed to read linked identities and to delete the account) and the username. Kept in the session
 * beside the {@link dev.turnpike.portal.application.Caller}.
 */
public record PortalIdentity(String subject, String username) implements Serializable {}
