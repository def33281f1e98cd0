/**
 * Integration tests against real servers: Keycloak and Payara Micro fetched by Maven, PostgreSQL
 * and Redis on this machine, headless Chromium through Selenium. {@link
 * dev.turnpike.portal.it.TestEnvironment} starts them once per test JVM.
 */
package dev.turnpike.portal.it;
