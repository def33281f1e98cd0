package dev.turnpike.gateway.integration;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

/** A buffered answer ready for the client: status, headers and body bytes. */
record MappedResponse(int status, MultiMap headers, Buffer body) {

  MappedResponse(int status, MultiMap headers, String body) {
    this(status, headers, Buffer.buffer(body));
  }
}
