/**
 * The web console (Jakarta Faces + PrimeFaces): sign-in through Keycloak with OpenID Connect,
 * backing beans that call the application services and turn refusals into messages on the page.
 */
package dev.turnpike.portal.interfaces.web;
