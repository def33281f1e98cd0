package dev.turnpike.portal.application;

/**
 * Fired (as a CDI event) when an app developer deletes their account; observers drop what they keep
 * about the person. {@code subject} is the Keycloak subject of the deleted person.
 */
public record AppDeveloperDeleted(String subject) {}
