/**
 * Programmatic access: personal access tokens ({@code tpat_...}) that let scripts and CI act in one
 * tenant with a capped role. Depends only on the tenant model and Jakarta Persistence.
 */
package dev.turnpike.portal.domain.model.access;
