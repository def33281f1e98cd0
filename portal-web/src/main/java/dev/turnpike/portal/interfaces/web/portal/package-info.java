/**
 * The developer portal for app developers at {@code /portal/{tenant-slug}}: a tenant's public
 * catalog of published API stages, an API page with plans in words, reference docs and SDK
 * downloads. Public; nothing here needs a sign-in.
 */
package dev.turnpike.portal.interfaces.web.portal;
