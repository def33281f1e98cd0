/**
 * JMH benchmarks of the data plane's per-request work (mapping template rendering). Run with the
 * {@code bench} profile only (see gateway-runtime/BENCHMARKS.md); never part of the normal build.
 */
package dev.turnpike.gateway.bench;
