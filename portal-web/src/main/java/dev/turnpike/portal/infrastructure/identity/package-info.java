/**
 * Identity: Keycloak settings for the web sign-in, the developer portal's own authorization-code
 * flow (with {@code kc_idp_hint} for social providers), and verification of bearer tokens (Keycloak
 * access tokens) for the management API.
 */
package dev.turnpike.portal.infrastructure.identity;
