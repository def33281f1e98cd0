/**
 * Usage metering: the pipeline stage that counts admitted requests per key ({@link
 * dev.turnpike.gateway.metering.MeterStage}), the {@link dev.turnpike.gateway.metering.UsageSink}
 * port counts are flushed to, the at-least-once flusher and the standalone node's sink that posts
 * to the portal.
 */
package dev.turnpike.gateway.metering;
