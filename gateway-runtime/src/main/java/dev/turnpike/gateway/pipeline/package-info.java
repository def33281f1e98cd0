/**
 * The request pipeline: the per-request {@link dev.turnpike.gateway.pipeline.RequestContext}, the
 * {@link dev.turnpike.gateway.pipeline.Stage} contract and the one chain ({@link
 * dev.turnpike.gateway.pipeline.RequestPipeline}). Stage implementations live in route, auth,
 * throttle and integration and depend on this package; the server wires them in.
 */
package dev.turnpike.gateway.pipeline;
