package dev.turnpike.gateway.server;

import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.openapi.ImportProblem;
import dev.turnpike.gateway.openapi.ImportResult;
import dev.turnpike.gateway.openapi.OpenApiImporter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Standalone, database-less gateway: {@code --api file.yaml [--api-id demo] [--stage prod] [--port
 * 8081] [--key-secret-file f]}. Imports the file and serves it as the only deployment, with no API
 * keys (methods that require one answer 403). Bad arguments: one line on stderr, exit code 2.
 */
public final class GatewayMain {

  static final int BAD_USAGE = 2;
  private static final String USAGE =
      "usage: gateway --api file.yaml [--api-id demo] [--stage prod] [--port 8081]"
          + " [--key-secret-file f]";

  private GatewayMain() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Starts the gateway and returns 0, or prints one line and returns 2 (the gateway keeps running).
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options;
    GatewaySnapshot snapshot;
    GatewayConfig config;
    try {
      options = parse(args);
      snapshot = snapshot(options);
      config =
          GatewayConfig.builder()
              .port(Integer.parseInt(options.getOrDefault("--port", "8081")))
              .keyHashSecret(secret(options.get("--key-secret-file")))
              .build();
    } catch (IllegalArgumentException | IOException e) {
      err.println("gateway: " + e.getMessage());
      return BAD_USAGE;
    }
    GatewayServer server = GatewayServer.startBlocking(config);
    server.apply(snapshot);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    Deployment d = snapshot.deployments().get(0);
    out.println("Serving at http://localhost:" + server.port() + "/" + d.apiId() + "/" + d.stage());
    return 0;
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    List<String> known = List.of("--api", "--api-id", "--stage", "--port", "--key-secret-file");
    for (int i = 0; i < args.length; i += 2) {
      if (!known.contains(args[i])) {
        throw new IllegalArgumentException("unknown option '" + args[i] + "'; " + USAGE);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
      }
      options.put(args[i], args[i + 1]);
    }
    if (!options.containsKey("--api")) {
      throw new IllegalArgumentException("--api is required; " + USAGE);
    }
    String port = options.getOrDefault("--port", "8081");
    if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65_535) {
      throw new IllegalArgumentException("--port must be 0..65535, got '" + port + "'");
    }
    return options;
  }

  private static GatewaySnapshot snapshot(Map<String, String> options) throws IOException {
    Path file = Path.of(options.get("--api"));
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read --api file '" + file + "'");
    }
    ImportResult result = new OpenApiImporter().importDocument(Files.readString(file));
    if (!result.ok()) {
      ImportProblem first = result.errors().get(0);
      throw new IllegalArgumentException(
          file + " has " + result.errors().size() + " error(s); first: " + first);
    }
    Deployment deployment =
        new Deployment(
            "local",
            options.getOrDefault("--api-id", "demo"),
            options.getOrDefault("--stage", "prod"),
            "local-1",
            result.definition(),
            Map.of(),
            null,
            Map.of());
    return new GatewaySnapshot(1, List.of(deployment), List.of(), List.of(), Map.of());
  }

  private static byte[] secret(String file) throws IOException {
    if (file == null) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      return random;
    }
    Path path = Path.of(file);
    if (!Files.isReadable(path)) {
      throw new IllegalArgumentException("cannot read --key-secret-file '" + file + "'");
    }
    byte[] secret = Files.readAllBytes(path);
    if (secret.length < 16) {
      throw new IllegalArgumentException(
          "--key-secret-file '" + file + "' holds " + secret.length + " bytes; use at least 16");
    }
    return secret;
  }
}
