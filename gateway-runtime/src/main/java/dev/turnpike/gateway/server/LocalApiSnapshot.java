package dev.turnpike.gateway.server;

import dev.turnpike.gateway.config.NodeOptions;
import dev.turnpike.gateway.config.Option;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.openapi.ImportProblem;
import dev.turnpike.gateway.openapi.ImportResult;
import dev.turnpike.gateway.openapi.OpenApiImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The DB-less mode's snapshot: one OpenAPI file served as the only deployment, with no keys. */
final class LocalApiSnapshot {
  private LocalApiSnapshot() {}

  /** Imports {@code --api}; an unreadable or invalid file throws IllegalArgumentException. */
  static GatewaySnapshot read(NodeOptions options) {
    Path file = Path.of(options.value(Option.API));
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read --api file '" + file + "'");
    }
    String document;
    try {
      document = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read --api file '" + file + "': " + e);
    }
    ImportResult result = new OpenApiImporter().importDocument(document);
    if (!result.ok()) {
      ImportProblem first = result.errors().get(0);
      throw new IllegalArgumentException(
          file + " has " + result.errors().size() + " error(s); first: " + first);
    }
    Deployment deployment =
        new Deployment(
            "local",
            options.value(Option.API_ID),
            options.value(Option.STAGE),
            "local-1",
            result.definition(),
            Map.of(),
            null,
            Map.of());
    return new GatewaySnapshot(1, List.of(deployment), List.of(), List.of(), Map.of());
  }
}
