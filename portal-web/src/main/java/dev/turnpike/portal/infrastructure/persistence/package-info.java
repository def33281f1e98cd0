/**
 * JPA repositories. {@link dev.turnpike.portal.infrastructure.persistence.TenantScopedRepository}
 * is the one place tenant isolation is enforced for reads and writes: every lookup takes the tenant
 * first and never returns another tenant's row. Only {@code PlatformQueries} reads across tenants,
 * for the gateway snapshot and a person's own memberships.
 */
package dev.turnpike.portal.infrastructure.persistence;
