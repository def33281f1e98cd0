/**
 * Subscriptions: an app developer's use of a tenant's usage plan, with its approval state. Depends
 * on the tenant model only; keys and plans are referred to by id.
 */
package dev.turnpike.portal.domain.model.subscription;
