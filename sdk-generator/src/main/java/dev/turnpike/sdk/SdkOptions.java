package dev.turnpike.sdk;

/**
 * Options of one SDK generation.
 *
 * @param packageName Java package, npm package or Python package name; {@code null} derives one
 *     from the API title
 * @param baseUrl default base URL compiled into the SDK; {@code null} takes the first server URL of
 *     the document
 */
public record SdkOptions(String packageName, String baseUrl) {

  /** Everything derived from the document. */
  public static SdkOptions defaults() {
    return new SdkOptions(null, null);
  }
}
