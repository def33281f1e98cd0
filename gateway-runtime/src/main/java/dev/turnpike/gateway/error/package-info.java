/**
 * Gateway errors: the expected refusals ({@link dev.turnpike.gateway.error.GatewayError}, a status
 * and an upper-case key) and the one place that turns them, and unexpected failures, into JSON
 * responses, honouring an API's customised gateway responses. Used by the pipeline and server.
 */
package dev.turnpike.gateway.error;
