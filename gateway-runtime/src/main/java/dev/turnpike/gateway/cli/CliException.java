package dev.turnpike.gateway.cli;

/** A command ended without doing its work; the message is the one line a person reads. */
final class CliException extends RuntimeException {
  static final int REFUSED = 1;
  static final int BAD_USAGE = 2;

  private final int exitCode;

  CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  static CliException usage(String message) {
    return new CliException(message, BAD_USAGE);
  }

  static CliException refused(String message) {
    return new CliException(message, REFUSED);
  }

  int exitCode() {
    return exitCode;
  }
}
