/**
 * The data plane's bootstrap: {@link dev.turnpike.gateway.server.GatewayServer} (start, apply a
 * snapshot, close), its {@link dev.turnpike.gateway.server.GatewayConfig}, the Vert.x verticle that
 * wires the pipeline, health checks, the access log and the standalone {@link
 * dev.turnpike.gateway.server.GatewayMain}. Depends on every other gateway package; the portal
 * depends on this one.
 */
package dev.turnpike.gateway.server;
