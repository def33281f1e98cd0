package dev.turnpike.gateway.integration;

import io.vertx.core.MultiMap;

/** A buffered answer ready for the client: status, headers and body text. */
record MappedResponse(int status, MultiMap headers, String body) {}
