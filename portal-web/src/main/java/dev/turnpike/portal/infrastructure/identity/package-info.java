/**
 * Identity: Keycloak settings for the web sign-in and verification of bearer tokens (Keycloak
 * access tokens) for the management API.
 */
package dev.turnpike.portal.infrastructure.identity;
