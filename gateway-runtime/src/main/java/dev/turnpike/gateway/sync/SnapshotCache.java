package dev.turnpike.gateway.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The last good snapshot JSON on disk, {@code <cacheDir>/snapshot.json}. Writes go to a temporary
 * file in the same directory, then an atomic move, so a crash never leaves half a snapshot. The
 * file holds hashed API keys: on POSIX systems it is readable by the owner only. Blocking: call it
 * from a worker thread, never an event loop.
 */
final class SnapshotCache {

  static final String FILE_NAME = "snapshot.json";

  private final Path dir;

  SnapshotCache(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path file() {
    return dir.resolve(FILE_NAME);
  }

  /** The cached JSON, or empty when there is none. */
  Optional<String> read() {
    Path file = file();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the cached snapshot " + file + ": " + e.getMessage() + "; check --cache-dir",
          e);
    }
  }

  /** Replaces the cached JSON atomically. */
  void write(String json) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "snapshot-", ".json.tmp");
      try {
        ownerOnly(temp);
        Files.writeString(temp, json, StandardCharsets.UTF_8);
        move(temp);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the snapshot cache in "
              + dir.toAbsolutePath()
              + ": "
              + e
              + "; make --cache-dir (TURNPIKE_CACHE_DIR) a writable directory",
          e);
    }
  }

  private void move(Path temp) throws IOException {
    try {
      Files.move(temp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
