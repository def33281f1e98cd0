package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.SnapshotFormatException;
import dev.turnpike.gateway.openapi.OpenApiImporter;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotSwapIT {

  @Test
  void a_new_snapshot_takes_effect_and_a_bad_one_is_refused_whole() {
    Fixtures fixtures = new Fixtures("http://127.0.0.1:9");
    try (GatewayServer gateway =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .build())) {
      String ping = "http://127.0.0.1:" + gateway.port() + "/petstore/prod/ping";
      assertThat(Http.get(ping).statusCode()).isEqualTo(403);

      gateway.apply(fixtures.snapshot(1, "pong"));
      assertThat(Http.get(ping).body()).isEqualTo("{\"message\":\"pong\"}");

      gateway.apply(fixtures.snapshot(2, "pong v2"));
      assertThat(Http.get(ping).body()).isEqualTo("{\"message\":\"pong v2\"}");

      GatewaySnapshot broken = snapshotWithTemplate(3, "#if($broken");
      assertThatThrownBy(() -> gateway.apply(broken))
          .isInstanceOf(SnapshotFormatException.class)
          .hasMessageContaining("deployment petstore/prod")
          .hasMessageContaining("GET /ping");
      assertThatThrownBy(() -> gateway.apply(fixtures.snapshot(1, "old")))
          .hasMessageContaining("older");
      assertThat(gateway.snapshotVersion()).isEqualTo(2);
      assertThat(Http.get(ping).body()).isEqualTo("{\"message\":\"pong v2\"}");
    }
  }

  @Test
  void serves_an_imported_document() throws Exception {
    String doc;
    try (InputStream in = getClass().getResourceAsStream("/openapi/aws-petstore.yaml")) {
      doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ApiDefinition api = new OpenApiImporter().importDocument(doc).definition();
    try (GatewayServer gateway =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .build())) {
      gateway.apply(
          new GatewaySnapshot(
              1,
              List.of(new Deployment("t", "demo", "prod", "d", api, Map.of(), null, Map.of())),
              List.of(),
              List.of(),
              Map.of()));
      var response = Http.get("http://127.0.0.1:" + gateway.port() + "/demo/prod/pets/42");
      assertThat(response.body()).isEqualTo("{\"id\": \"42\"}");
      assertThat(response.headers().firstValue("X-Pet")).contains("yes");
      assertThat(Http.get("http://127.0.0.1:" + gateway.port() + "/demo/prod/pets").body())
          .isEqualTo("{\"message\":\"Forbidden\"}");
    }
  }

  private static GatewaySnapshot snapshotWithTemplate(long version, String template) {
    MethodDefinition ping =
        new MethodDefinition("GET", "/ping", false, "ping", Integration.mock(template));
    Deployment deployment =
        new Deployment(
            "tenant-a",
            "petstore",
            "prod",
            "d-3",
            new ApiDefinition("Petstore", "1", List.of(ping), null, null),
            null,
            null,
            null);
    return new GatewaySnapshot(version, List.of(deployment), null, null, null);
  }
}
