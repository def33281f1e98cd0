/**
 * Publications: which API stages a tenant shows in its developer portal, with a description and
 * Markdown documentation. Depends on the tenant model only.
 */
package dev.turnpike.portal.domain.model.publication;
