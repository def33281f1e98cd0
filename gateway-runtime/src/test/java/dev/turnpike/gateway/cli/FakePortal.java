package dev.turnpike.gateway.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in portal on a real loopback port for the CLI's own tests: answers {@code GET
 * /management/v1/tenants} for one bearer token and records every request it sees. (The CLI against
 * the real portal and Keycloak is portal-web's CliIT.)
 */
final class FakePortal implements AutoCloseable {
  record Seen(String method, String path, String authorization, String body) {}

  private final HttpServer server;
  private final String token;
  final List<Seen> seen = new CopyOnWriteArrayList<>();
  volatile String tenantsBody =
      "[{\"id\":\"t-1\",\"slug\":\"acme\",\"displayName\":\"Acme\",\"yourRole\":\"OWNER\"}]";
  volatile int planStatus = 201;
  volatile String planBody = "{}";

  FakePortal(String token) throws IOException {
    this.token = token;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getPath();
    seen.add(new Seen(exchange.getRequestMethod(), path, auth, body));
    if (!("Bearer " + token).equals(auth)) {
      answer(
          exchange,
          401,
          "{\"message\":\"The bearer token is invalid or expired; sign in again.\"}");
    } else if (path.equals("/management/v1/tenants")) {
      answer(exchange, 200, tenantsBody);
    } else if (path.equals("/management/v1/tenants/t-1/usage-plans")) {
      answer(exchange, planStatus, planBody);
    } else {
      answer(exchange, 404, "{\"message\":\"Not found\"}");
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
