/**
 * The usage plan model as the gateway sees it: plans, their throttle and quota limits, and the API
 * stages they cover. Plain immutable records that validate themselves; every other package here may
 * depend on them, they depend on nothing.
 */
package dev.turnpike.usageplans.plan;
