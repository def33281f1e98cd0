/**
 * Velocity mapping templates: the sandboxed engine (one per gateway), templates compiled once per
 * snapshot, and the {@code $input}, {@code $util}, {@code $context} and {@code $stageVariables}
 * variables. Knows nothing of Vert.x; the integration and error packages use it.
 */
package dev.turnpike.gateway.transform;
