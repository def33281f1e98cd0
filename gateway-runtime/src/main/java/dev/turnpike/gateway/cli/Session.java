package dev.turnpike.gateway.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;

/**
 * Who the CLI is signed in as, kept between runs in a file only the user can read ({@code 0600}):
 * the portal's URL and a bearer token — a Keycloak access token with its refresh token, or a
 * personal access token ({@code issuer} null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Session(
    String portal,
    String issuer,
    String clientId,
    String accessToken,
    String refreshToken,
    Instant accessExpiresAt) {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  boolean isPersonalAccessToken() {
    return issuer == null;
  }

  Session withTokens(String access, String refresh, Instant expiresAt) {
    return new Session(portal, issuer, clientId, access, refresh, expiresAt);
  }

  static Optional<Session> load(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), Session.class));
    } catch (IOException e) {
      throw CliException.refused(
          "cannot read the session file "
              + file
              + " ("
              + e.getMessage()
              + "); run 'turnpike login'");
    }
  }

  void save(Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "session", ".tmp");
      restrictToOwner(temp);
      JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), this);
      Files.move(
          temp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw CliException.refused("cannot write the session file " + file + ": " + e.getMessage());
    }
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw CliException.refused("cannot delete the session file " + file + ": " + e.getMessage());
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } else {
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
    }
  }
}
