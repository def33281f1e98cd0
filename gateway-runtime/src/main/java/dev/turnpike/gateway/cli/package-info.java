/**
 * The {@code turnpike} command-line client of the management API: sign in (Keycloak password or
 * device grant, or a personal access token), then import, deploy, plans and keys. It lives here
 * rather than in portal-web because it checks an OpenAPI document with the gateway's own importer
 * before uploading it, and ships in the same runnable jar. It speaks to the portal over HTTP only
 * and depends on nothing else in this module but {@code openapi}.
 */
package dev.turnpike.gateway.cli;
