/**
 * The compiled, immutable serving state built once per snapshot ({@link
 * dev.turnpike.gateway.state.StateCompiler} → {@link dev.turnpike.gateway.state.GatewayState}):
 * route tables, compiled templates and patterns, key index, plans. Depends on definition, route,
 * transform and usage-plans; the pipeline stages read it.
 */
package dev.turnpike.gateway.state;
