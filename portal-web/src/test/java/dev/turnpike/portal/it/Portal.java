package dev.turnpike.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The portal WAR on a real Payara Micro, with its bundled gateway, against PostgreSQL. */
final class Portal implements AutoCloseable {
  static final String KEY_HASH_SECRET = "it-key-hash-secret-0123456789";
  static final String SYNC_TOKEN = "it-sync-token-" + System.nanoTime();
  static final String SNAPSHOT_CHANNEL = "turnpike-it:snapshots:" + System.nanoTime();

  final int port;
  final int gatewayPort = Ports.free();
  private final ServerProcess process;

  Portal(Path payaraJar, Path war, int port, String realmUrl, String jdbcUrl, Path logs) {
    this.port = port;
    Path properties = logs.resolve("portal.properties");
    write(
        properties,
        String.join(
            "\n",
            "turnpike.db.datasource-class=org.postgresql.ds.PGSimpleDataSource",
            "turnpike.db.url=" + jdbcUrl,
            "turnpike.db.user=" + TestDatabase.USER,
            "turnpike.db.password=" + TestDatabase.PASSWORD,
            "turnpike.gateway.port=" + gatewayPort,
            "turnpike.gateway.public-url=" + gatewayUrl(),
            "turnpike.portal.public-url=" + url(),
            "turnpike.oidc.provider-uri=" + realmUrl,
            "turnpike.oidc.client-secret=" + Keycloak.CLIENT_SECRET,
            "turnpike.keycloak.admin-client-secret=" + Keycloak.ADMIN_CLIENT_SECRET,
            "turnpike.keys.hash-secret=" + KEY_HASH_SECRET,
            "turnpike.gateway.sync-token=" + SYNC_TOKEN,
            "turnpike.gateway.usage-flush-seconds=1",
            "turnpike.redis.uri=redis://127.0.0.1:6379",
            "turnpike.gateway.snapshot-channel=" + SNAPSHOT_CHANNEL,
            "turnpike.demo.seed=false",
            // The test Keycloak brokers "google" to a stand-in realm (GoogleStandIn).
            "turnpike.portal.identity-providers=google",
            ""));
    process =
        ServerProcess.start(
            "Payara Micro",
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-jar",
                payaraJar.toString(),
                "--nocluster",
                "--port",
                Integer.toString(port),
                "--contextroot",
                "/",
                "--systemProperties",
                properties.toString(),
                "--deploy",
                war.toString()),
            Map.of(),
            logs.resolve("portal.log"));
    process.awaitReady(
        url() + "/health/ready",
        Duration.ofMinutes(4),
        "Exception during lifecycle processing",
        "Exception while loading the app");
  }

  String url() {
    return "http://localhost:" + port;
  }

  String gatewayUrl() {
    return "http://localhost:" + gatewayPort;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.close();
  }
}
