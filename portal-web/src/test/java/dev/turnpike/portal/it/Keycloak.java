package dev.turnpike.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak's server distribution (unpacked by Maven) in dev mode with the repository's realm,
 * imported fresh each run so the redirect URI matches this run's portal port, plus a second realm
 * that plays Google for the realm's {@code google} identity provider ({@link GoogleStandIn}).
 */
final class Keycloak implements AutoCloseable {
  static final String CLIENT_SECRET = "it-portal-secret-" + System.nanoTime();
  static final String ADMIN_CLIENT_SECRET = "it-admin-client-secret-" + System.nanoTime();
  static final String DEMO_PASSWORD = "it-demo-password";
  static final String ADMIN_PASSWORD = "it-admin";

  private final int port = Ports.free();
  private final ServerProcess process;

  Keycloak(Path home, Path realm, String portalUrl, Path logs) {
    resetData(home);
    writeRealms(realm, home.resolve("data/import"), "http://localhost:" + port);
    process =
        ServerProcess.start(
            "Keycloak",
            List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + Ports.free(),
                "--import-realm"),
            Map.of(
                "JAVA_HOME",
                Jdks.forKeycloak().toString(),
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                "TURNPIKE_PORTAL_URL",
                portalUrl,
                "TURNPIKE_PORTAL_CLIENT_SECRET",
                CLIENT_SECRET,
                "TURNPIKE_ADMIN_CLIENT_SECRET",
                ADMIN_CLIENT_SECRET,
                "TURNPIKE_DEMO_PASSWORD",
                DEMO_PASSWORD),
            logs.resolve("keycloak.log"));
    // A busy machine (several builds at once) can take longer; -Dturnpike.it.keycloak.minutes=N.
    process.awaitReady(
        realmUrl() + "/.well-known/openid-configuration",
        Duration.ofMinutes(Long.getLong("turnpike.it.keycloak.minutes", 8)));
  }

  String realmUrl() {
    return "http://localhost:" + port + "/realms/turnpike";
  }

  private static void resetData(Path home) {
    Path h2 = home.resolve("data/h2");
    if (!Files.exists(h2)) {
      return;
    }
    try (Stream<Path> files = Files.walk(h2)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Only this run's realms: files an earlier run left in the import folder are removed. */
  private static void writeRealms(Path realm, Path importDir, String keycloakUrl) {
    try {
      Files.createDirectories(importDir);
      try (Stream<Path> files = Files.list(importDir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GoogleStandIn.writeRealms(realm, importDir, keycloakUrl);
  }

  @Override
  public void close() {
    process.close();
  }
}
