package dev.turnpike.usageplans.limit;

/**
 * A counter store cannot decide and the configured failure mode is to refuse (fail closed). The
 * gateway maps it to 503 Service Unavailable; it is an expected outcome, not a bug.
 */
public final class CounterStoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CounterStoreUnavailableException(String message) {
    super(message, null, false, false);
  }
}
