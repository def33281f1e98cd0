/**
 * App developers as the portal knows them: the profile created at their first portal sign-in, keyed
 * by the Keycloak subject, with the terms of use they accepted. Platform-wide (one person may use
 * many tenants' portals), so not tenant-owned. Depends on nothing outside the JDK and Jakarta
 * Persistence.
 */
package dev.turnpike.portal.domain.model.developer;
