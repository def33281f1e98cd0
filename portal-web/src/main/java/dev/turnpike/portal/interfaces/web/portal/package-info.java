/**
 * The developer portal for app developers at {@code /portal/{tenant-slug}}: a tenant's public
 * catalog of published API stages, an API page with plans in words, reference docs and SDK
 * downloads (public, no sign-in needed); and for signed-in app developers the sign-in choices
 * (Google, Facebook, e-mail and password through the portal's own OpenID Connect flow), the terms
 * of use, subscriptions, keys and usage. Calls application services only.
 */
package dev.turnpike.portal.interfaces.web.portal;
