/**
 * The portal's domain model: JPA entities grouped by aggregate (tenant, api, deployment, plan, key,
 * subscription, publication). Every tenant-owned entity implements {@link
 * dev.turnpike.portal.domain.model.TenantOwned}. Depends on nothing but Jakarta Persistence.
 */
package dev.turnpike.portal.domain.model;
