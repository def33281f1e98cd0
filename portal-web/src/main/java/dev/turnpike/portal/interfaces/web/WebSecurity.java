package dev.turnpike.portal.interfaces.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Web sign-in: the authorization-code flow against Keycloak's {@code turnpike} realm. Realm roles
 * arrive as the {@code groups} claim (a protocol mapper in the realm) and become caller groups. The
 * original page is not restored after sign-in: Payara's Soteria fails with a NullPointerException
 * replaying a request that had no parameters, so the callback lands on the console home instead.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.providerUri}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${baseURL}/callback",
    claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"))
@DeclareRoles({"api-developer", "app-developer", "platform-admin"})
@ApplicationScoped
public class WebSecurity {}
