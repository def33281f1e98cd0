/**
 * Throttles and quotas: the token bucket and quota period arithmetic (pure functions on a
 * caller-supplied time), the {@link dev.turnpike.usageplans.limit.CounterStore} port with its
 * in-memory implementation, and the {@link dev.turnpike.usageplans.limit.LimitEnforcer} that
 * applies a request's limits in Amazon API Gateway's order. Depends only on {@code plan}; store
 * adapters such as {@code redis} depend on it.
 */
package dev.turnpike.usageplans.limit;
