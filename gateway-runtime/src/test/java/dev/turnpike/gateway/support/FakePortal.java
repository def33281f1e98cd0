package dev.turnpike.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.SnapshotCodec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The portal's snapshot endpoint as the gateway expects it: {@code GET
 * /internal/v1/gateway-snapshot}, {@code Authorization: Bearer <token>} or 401, {@code ETag:
 * "<version>"}, 304 for a matching {@code If-None-Match}; and its usage endpoint {@code POST
 * /internal/v1/usage}, which records each request and answers {@link #usageStatus} (204).
 */
public final class FakePortal implements AutoCloseable {

  public static final String TOKEN = "sync-token-for-tests";

  public final AtomicInteger served = new AtomicInteger();
  public final AtomicInteger notModified = new AtomicInteger();
  public final AtomicInteger unauthorized = new AtomicInteger();
  public final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();

  /** One request to the usage endpoint, as received. */
  public record UsagePost(
      String method, String path, String authorization, String contentType, String body) {}

  public final List<UsagePost> usagePosts = new CopyOnWriteArrayList<>();
  public volatile int usageStatus = 204;

  private final HttpServer server;
  private final SnapshotCodec codec = new SnapshotCodec();
  private volatile String body;
  private volatile String etag;
  private volatile int forcedStatus;

  public FakePortal() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/internal/v1/gateway-snapshot", this::handle);
    server.createContext("/internal/v1/usage", this::usage);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void publish(GatewaySnapshot snapshot) {
    publishRaw(codec.write(snapshot), snapshot.version());
  }

  /** Serves any body (e.g. a broken one) under the ETag of {@code version}. */
  public void publishRaw(String json, long version) {
    body = json;
    etag = "\"" + version + "\"";
  }

  /** Answers every request with this status (0: behave normally). */
  public void failWith(int status) {
    forcedStatus = status;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        unauthorized.incrementAndGet();
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      if (forcedStatus != 0) {
        exchange.sendResponseHeaders(forcedStatus, -1);
        return;
      }
      String match = exchange.getRequestHeaders().getFirst("If-None-Match");
      ifNoneMatch.add(String.valueOf(match));
      if (body == null) {
        exchange.sendResponseHeaders(503, -1);
      } else if (etag.equals(match)) {
        notModified.incrementAndGet();
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.sendResponseHeaders(304, -1);
      } else {
        send(exchange);
      }
    } finally {
      exchange.close();
    }
  }

  private void usage(HttpExchange exchange) throws IOException {
    try {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      usagePosts.add(
          new UsagePost(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              body));
      exchange.sendResponseHeaders(usageStatus, -1);
    } finally {
      exchange.close();
    }
  }

  private void send(HttpExchange exchange) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("ETag", etag);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    served.incrementAndGet();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
