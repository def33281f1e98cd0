/**
 * Test invoke, as in API Gateway's console: run one request through the real pipeline of a draft
 * API that is not deployed, on a private loopback node that traces every step. Used by the portal;
 * depends on {@code server}, {@code definition} and {@code pipeline}.
 */
package dev.turnpike.gateway.testinvoke;
