/**
 * The deployment model a gateway node serves from: immutable, Jackson-serialisable records ({@link
 * dev.turnpike.gateway.definition.GatewaySnapshot} down to {@link
 * dev.turnpike.gateway.definition.IntegrationResponse}) and their JSON codec. Depends only on
 * usage-plans; every other package of the gateway may depend on it, and the portal builds it.
 */
package dev.turnpike.gateway.definition;
