/**
 * The Redis {@link dev.turnpike.usageplans.limit.CounterStore} for clusters of gateway nodes, built
 * on Lettuce's async API with the bucket and quota logic in atomic Lua scripts (kept beside the
 * classes as resources). Depends on {@code limit} and {@code plan}; nothing in this module depends
 * on it, so single-node setups never touch Redis.
 */
package dev.turnpike.usageplans.redis;
