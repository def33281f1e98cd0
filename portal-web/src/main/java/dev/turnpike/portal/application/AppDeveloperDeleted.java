package dev.turnpike.portal.application;

/**
 * Fired (synchronously, inside the deleting transaction) when an app developer deleted their
 * account: observers remove what they keep about the person. {@code subject} is the identity
 * provider's id of the person.
 */
public record AppDeveloperDeleted(String subject) {}
