package dev.turnpike.portal.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The API developer's backend for the slice: {@code GET /pets} answers a JSON list. */
final class PetsBackend implements AutoCloseable {
  static final String PETS = "[{\"id\":1,\"name\":\"Rex\"},{\"id\":2,\"name\":\"Tom\"}]";

  private final HttpServer server;
  final AtomicInteger calls = new AtomicInteger();

  PetsBackend() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext(
        "/pets",
        exchange -> {
          calls.incrementAndGet();
          byte[] body = PETS.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The OpenAPI document the slice imports: a proxied GET /pets (key required) and a mock. */
  String openApiDocument(String title) {
    return """
        openapi: 3.0.3
        info:
          title: %s
          version: "1.0"
        components:
          securitySchemes:
            api_key:
              type: apiKey
              name: x-api-key
              in: header
        paths:
          /pets:
            get:
              operationId: listPets
              security:
                - api_key: []
              responses:
                "200":
                  description: The pets.
              x-amazon-apigateway-integration:
                type: http_proxy
                httpMethod: GET
                uri: %s/pets
          /ping:
            get:
              operationId: ping
              responses:
                "200":
                  description: pong
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: '{"statusCode": 200}'
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates:
                      application/json: '{"message": "pong"}'
        """
        .formatted(title, url());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
