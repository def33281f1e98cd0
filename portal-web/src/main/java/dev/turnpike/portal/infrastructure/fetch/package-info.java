/**
 * Fetching documents a person names by URL (an OpenAPI file to import), server-side and guarded:
 * http(s) only, public addresses only unless the operator allows private ones, with a size cap and
 * a timeout. Used by the application layer; depends on nothing of ours but its error type.
 */
package dev.turnpike.portal.infrastructure.fetch;
