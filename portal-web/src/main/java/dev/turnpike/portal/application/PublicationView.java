package dev.turnpike.portal.application;

import java.time.Instant;
import java.util.List;

/** An API stage as published to the tenant's developer portal. */
public record PublicationView(
    String apiId,
    String stage,
    String description,
    String documentation,
    List<String> tags,
    Instant updatedAt) {}
