/**
 * The management REST API, {@code /management/v1}: thin JAX-RS resources over the application
 * services, bearer authentication (Keycloak access tokens and {@code tpat_} personal access
 * tokens), ETag/If-Match handling in one filter, the mapping of refusals to JSON errors {@code
 * {"message", "details"}}, and the hand-written OpenAPI document of it all.
 */
package dev.turnpike.portal.interfaces.rest;
