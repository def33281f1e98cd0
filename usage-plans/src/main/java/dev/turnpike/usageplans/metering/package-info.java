/**
 * Usage metering: per-node request counts per key, API stage and UTC day, drained as {@link
 * dev.turnpike.usageplans.metering.UsageRecord}s with unique flush ids so the portal can store a
 * retried flush once. Depends on nothing but the JDK.
 */
package dev.turnpike.usageplans.metering;
