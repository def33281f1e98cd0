package dev.turnpike.portal.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Keycloak 26 needs Java 21+; this machine's default is 17 with a newer JDK beside it. */
final class Jdks {
  private Jdks() {}

  static Path forKeycloak() {
    String configured = System.getenv("KEYCLOAK_JAVA_HOME");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    if (Runtime.version().feature() >= 21) {
      return Path.of(System.getProperty("java.home"));
    }
    try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
      return jdks.filter(p -> p.getFileName().toString().matches(".*-(2[1-9]|[3-9][0-9])[-.].*"))
          .filter(p -> Files.isExecutable(p.resolve("bin/java")))
          .sorted()
          .findFirst()
          .orElseThrow();
    } catch (Exception e) {
      throw new IllegalStateException(
          "Keycloak needs Java 21 or newer: set KEYCLOAK_JAVA_HOME to such a JDK", e);
    }
  }
}
