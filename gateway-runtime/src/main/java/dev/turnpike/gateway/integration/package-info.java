/**
 * Integrations, the last pipeline stage: MOCK (templates only), HTTP (templated, buffered) and
 * HTTP_PROXY (streamed), with backend timeouts, hop-by-hop header filtering and the payload cap.
 * Depends on pipeline, state, transform and Vert.x; wired in by the server.
 */
package dev.turnpike.gateway.integration;
