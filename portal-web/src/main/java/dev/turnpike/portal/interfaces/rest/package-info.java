/**
 * The management REST API, {@code /management/v1}: thin JAX-RS resources over the application
 * services, bearer-token authentication, and the mapping of refusals to JSON errors {@code
 * {"message", "details"}}.
 */
package dev.turnpike.portal.interfaces.rest;
