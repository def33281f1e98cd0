package dev.turnpike.gateway.definition;

/** A snapshot that cannot be read or served; the node keeps serving the previous one. */
public class SnapshotFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SnapshotFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  public SnapshotFormatException(String message) {
    super(message);
  }
}
