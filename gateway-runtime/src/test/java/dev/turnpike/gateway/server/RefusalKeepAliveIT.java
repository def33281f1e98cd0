package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.RawConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Refused requests with a small body keep their keep-alive connection (a throttled client does not
 * reconnect for every request); one with a large body is refused and its connection closed. Raw
 * HTTP/1.1 on one socket, so the test sees whether the connection survives.
 */
class RefusalKeepAliveIT {

  static GatewayServer gateway;

  @BeforeAll
  static void start() throws Exception {
    gateway =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .build());
    MethodDefinition post =
        new MethodDefinition("POST", "/items", true, "addItem", Integration.mock("{}"));
    Deployment deployment =
        new Deployment(
            "t",
            "shop",
            "prod",
            "d-1",
            new ApiDefinition("Shop", "1", List.of(post), "HEADER", Map.of()),
            Map.of(),
            null,
            Map.of());
    gateway.apply(new GatewaySnapshot(1, List.of(deployment), List.of(), List.of(), Map.of()));
  }

  @AfterAll
  static void stop() throws Exception {
    gateway.close();
  }

  @Test
  void refused_posts_with_small_bodies_share_one_connection() throws Exception {
    try (RawConnection connection = new RawConnection(gateway.port())) {
      List<String> statuses = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        connection.send(post("/shop/prod/items", "{\"name\":\"Rex\"}"));
        statuses.add(connection.readResponse());
      }
      assertThat(statuses)
          .containsExactly(
              "HTTP/1.1 403 Forbidden {\"message\":\"Forbidden\"}",
              "HTTP/1.1 403 Forbidden {\"message\":\"Forbidden\"}",
              "HTTP/1.1 403 Forbidden {\"message\":\"Forbidden\"}");
    }
  }

  @Test
  void a_refused_post_with_a_large_body_is_answered_without_reading_it() throws Exception {
    try (RawConnection connection = new RawConnection(gateway.port())) {
      String head =
          "POST /shop/prod/items HTTP/1.1\r\nHost: gw\r\nContent-Type: application/json\r\n"
              + "Content-Length: "
              + (RequestHandler.DISCARD_MAX_BYTES + 1)
              + "\r\n\r\n";
      connection.send(head);
      assertThat(connection.readResponse())
          .as("refused at once, without waiting for a body too large to read and drop")
          .isEqualTo("HTTP/1.1 403 Forbidden {\"message\":\"Forbidden\"}");
    }
  }

  private static String post(String path, String body) {
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: gw\r\nContent-Type: application/json\r\nContent-Length: "
        + body.length()
        + "\r\n\r\n"
        + body;
  }
}
