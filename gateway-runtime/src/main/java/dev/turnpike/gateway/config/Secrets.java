package dev.turnpike.gateway.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The node's secrets, from a file named by an option or straight from an environment variable;
 * trailing line breaks of a file are dropped, so {@code echo secret > f} works. Values never appear
 * in messages.
 */
public final class Secrets {

  /** Holds the key hash secret itself (the portal reads it as turnpike.keys.hash-secret). */
  public static final String KEY_HASH_SECRET_ENV = "TURNPIKE_KEY_HASH_SECRET";

  /** Holds the sync token itself (the portal reads it as turnpike.gateway.sync-token). */
  public static final String SYNC_TOKEN_ENV = "TURNPIKE_SYNC_TOKEN";

  static final int MIN_SECRET_BYTES = 16;

  private Secrets() {}

  /**
   * The secret API keys are hashed with; required with --portal (it must equal the portal's). With
   * --api or --snapshot and none given, a random one (no key matches it: a --snapshot file with
   * keys is refused without the secret by the node, which knows whether it has keys).
   */
  public static byte[] keyHashSecret(NodeOptions options) {
    Optional<String> value = read(options, Option.KEY_SECRET_FILE, KEY_HASH_SECRET_ENV);
    if (value.isEmpty() && !options.portalMode()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      return random;
    }
    String secret =
        value.orElseThrow(
            () ->
                NodeOptions.bad(
                    "--portal needs the portal's API key hash secret: pass --key-secret-file F or"
                        + " set "
                        + KEY_HASH_SECRET_ENV));
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_SECRET_BYTES) {
      throw NodeOptions.bad(
          Option.KEY_SECRET_FILE.label()
              + " / "
              + KEY_HASH_SECRET_ENV
              + " holds "
              + bytes.length
              + " bytes; use at least "
              + MIN_SECRET_BYTES
              + " (the same secret as the portal)");
    }
    return bytes;
  }

  /** True when a key hash secret is configured (file or environment), not made up at start. */
  public static boolean keyHashSecretGiven(NodeOptions options) {
    return options.get(Option.KEY_SECRET_FILE).isPresent()
        || options.env(KEY_HASH_SECRET_ENV).isPresent();
  }

  /** The bearer token for the portal's snapshot endpoint; required with --portal. */
  public static String syncToken(NodeOptions options) {
    return read(options, Option.SYNC_TOKEN_FILE, SYNC_TOKEN_ENV)
        .filter(token -> !token.isBlank())
        .orElseThrow(
            () ->
                NodeOptions.bad(
                    "--portal needs a sync token: pass --sync-token-file F or set "
                        + SYNC_TOKEN_ENV
                        + " to the portal's turnpike.gateway.sync-token"));
  }

  private static Optional<String> read(NodeOptions options, Option file, String valueEnv) {
    Optional<String> path = options.get(file);
    if (path.isEmpty()) {
      return options.env(valueEnv);
    }
    Path p = Path.of(path.get());
    if (!Files.isReadable(p)) {
      throw NodeOptions.bad("cannot read " + file.flag() + " '" + p + "'; check the path");
    }
    try {
      return Optional.of(Files.readString(p, StandardCharsets.UTF_8).replaceAll("[\r\n]+$", ""));
    } catch (IOException e) {
      throw NodeOptions.bad("cannot read " + file.flag() + " '" + p + "': " + e);
    }
  }
}
