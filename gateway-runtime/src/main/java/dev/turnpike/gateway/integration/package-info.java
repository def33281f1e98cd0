/**
 * Integrations, the last pipeline stage: MOCK (templates only), HTTP (templated, buffered),
 * HTTP_PROXY (streamed) and FUNCTION (Amazon's Lambda proxy contract over HTTP), with backend
 * timeouts, request parameter mappings, binary payload conversions, hop-by-hop header filtering and
 * the payload cap. Depends on pipeline, state, transform and Vert.x; wired in by the server.
 */
package dev.turnpike.gateway.integration;
