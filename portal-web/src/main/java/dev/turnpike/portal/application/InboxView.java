package dev.turnpike.portal.application;

import java.time.Instant;

/** An inbox message as its recipient reads it. */
public record InboxView(String id, String subject, String body, Instant receivedAt, boolean read) {}
