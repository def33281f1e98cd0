/**
 * JPA repositories. {@link dev.turnpike.portal.infrastructure.persistence.TenantScopedRepository}
 * is the one place tenant isolation is enforced for reads and writes: every lookup takes the tenant
 * first and never returns another tenant's row. Only {@code PlatformQueries} reads across tenants,
 * for the gateway snapshot, a person's own memberships and invitations, and finding an access token
 * by its hash (the token names its own tenant).
 */
package dev.turnpike.portal.infrastructure.persistence;
