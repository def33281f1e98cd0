package dev.turnpike.gateway.server;

import dev.turnpike.gateway.config.NodeOptions;
import dev.turnpike.gateway.config.Option;
import dev.turnpike.gateway.config.Secrets;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.SnapshotCodec;
import dev.turnpike.gateway.definition.SnapshotFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --snapshot} mode's input: a whole snapshot (deployments, usage plans, hashed API keys)
 * in the JSON the portal serves gateways, read once at start. Lets a node check keys and apply
 * usage-plan throttles with no portal (benchmarks, demos, air-gapped nodes).
 */
final class LocalSnapshotFile {
  private LocalSnapshotFile() {}

  /**
   * Reads {@code --snapshot}; an unreadable file, a snapshot the codec refuses, one with no
   * deployment, or one with keys but no {@code --key-secret-file} throws IllegalArgumentException.
   */
  static GatewaySnapshot read(NodeOptions options) {
    Path file = Path.of(options.value(Option.SNAPSHOT));
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read --snapshot file '" + file + "'");
    }
    GatewaySnapshot snapshot;
    try {
      snapshot = new SnapshotCodec().read(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read --snapshot file '" + file + "': " + e);
    } catch (SnapshotFormatException e) {
      throw refused(file, e);
    }
    if (snapshot.deployments().isEmpty()) {
      throw new IllegalArgumentException(
          "--snapshot file '" + file + "' has no deployments: nothing to serve");
    }
    if (!snapshot.keys().isEmpty() && !Secrets.keyHashSecretGiven(options)) {
      throw new IllegalArgumentException(
          "--snapshot file '"
              + file
              + "' has "
              + snapshot.keys().size()
              + " API key(s) but no secret to hash presented keys with: pass --key-secret-file F"
              + " (or set "
              + Secrets.KEY_HASH_SECRET_ENV
              + ") with the secret their hashes were made with");
    }
    return snapshot;
  }

  /** The codec's or compiler's reason, said for a file read at start. */
  static IllegalArgumentException refused(Path file, SnapshotFormatException e) {
    String reason = e.getMessage().replace("; the node keeps the previous one", "");
    return new IllegalArgumentException(
        "--snapshot file '" + file + "' is not a usable snapshot: " + reason, e);
  }
}
