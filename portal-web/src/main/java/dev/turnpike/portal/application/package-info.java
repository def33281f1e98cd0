/**
 * Application services: the use cases of the console, the developer portal and the management API.
 * They own transactions and authorization ({@link dev.turnpike.portal.application.TenantAccess})
 * and hand out views (records), never entities. Interfaces call only this package.
 */
package dev.turnpike.portal.application;
