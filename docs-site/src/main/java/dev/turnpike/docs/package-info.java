/**
 * Turnpike reference docs: an OpenAPI document in, a static HTML site out, through Velocity
 * templates. {@link dev.turnpike.docs.ReferenceRenderer} for libraries, {@link
 * dev.turnpike.docs.DocsSiteMain} for the command line. Depends on sdk-generator for parsing and
 * for the names code samples call; knows nothing of the portal.
 */
package dev.turnpike.docs;
