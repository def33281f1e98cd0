package dev.turnpike.gateway.sync;

/** What one poll of the portal brought back. */
sealed interface PollResult {

  /** 200: a snapshot body, with the portal's ETag (may be null). */
  record Fetched(String json, String etag) implements PollResult {}

  /** 304: the node already serves the portal's current snapshot. */
  record NotModified() implements PollResult {}

  /** The poll did not give the node a usable snapshot; {@code message} says why and what to do. */
  record Failed(Kind kind, String message) implements PollResult {}

  /** Why a poll failed; a change of kind starts a new outage in the log. */
  enum Kind {
    /** Connection refused, timed out, DNS, TLS. */
    UNREACHABLE,
    /** 401/403: the sync token is wrong. */
    UNAUTHORIZED,
    /** Any other unexpected status. */
    BAD_RESPONSE,
    /** The snapshot was fetched but could not be read or served. */
    REJECTED
  }
}
