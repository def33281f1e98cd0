/**
 * The throttle and quota stage: builds the request's bucket and quota checks in Amazon's order,
 * scoped by tenant, and asks usage-plans' {@code LimitEnforcer}. Depends on pipeline, state and
 * usage-plans.
 */
package dev.turnpike.gateway.throttle;
