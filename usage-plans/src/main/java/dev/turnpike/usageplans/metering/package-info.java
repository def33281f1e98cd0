/**
 * Usage metering: per-node request counts per key, API stage and UTC day, drained as {@link
 * dev.turnpike.usageplans.metering.UsageRecord}s with unique flush ids so the portal can store a
 * retried flush once, and the {@link dev.turnpike.usageplans.metering.UsageLedger} port of the
 * receiving side (applies each flush id once, answers get-usage and remaining quota). Depends on
 * {@code plan} and {@code limit} (quota periods).
 */
package dev.turnpike.usageplans.metering;
