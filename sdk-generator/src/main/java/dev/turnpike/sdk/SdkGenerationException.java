package dev.turnpike.sdk;

/** An SDK could not be generated; the message names the problem and where it is. */
public class SdkGenerationException extends RuntimeException {

  public SdkGenerationException(String message) {
    super(message);
  }

  public SdkGenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
