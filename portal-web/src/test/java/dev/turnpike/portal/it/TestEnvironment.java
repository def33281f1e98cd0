package dev.turnpike.portal.it;

import java.nio.file.Path;

/**
 * The servers every integration test shares, started once per test JVM and stopped when it exits:
 * Keycloak first (the portal reads its keys at start), then the portal with its bundled gateway.
 */
final class TestEnvironment {
  private static TestEnvironment instance;

  final Keycloak keycloak;
  final Portal portal;
  final Path artifacts = Path.of(required("turnpike.it.artifacts"));

  private TestEnvironment() {
    Path logs = artifacts.resolve("logs");
    int portalPort = Ports.free();
    keycloak =
        new Keycloak(
            Path.of(required("turnpike.it.keycloak.home")),
            Path.of(required("turnpike.it.realm")),
            "http://localhost:" + portalPort,
            logs);
    try {
      portal =
          new Portal(
              Path.of(required("turnpike.it.payara.jar")),
              Path.of(required("turnpike.it.war")),
              portalPort,
              keycloak.realmUrl(),
              TestDatabase.createFresh(),
              logs);
    } catch (RuntimeException e) {
      keycloak.close();
      throw e;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  portal.close();
                  keycloak.close();
                }));
  }

  static synchronized TestEnvironment get() {
    if (instance == null) {
      instance = new TestEnvironment();
    }
    return instance;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + property + " is not set; run the tests through Maven (bin/test).");
    }
    return value;
  }
}
