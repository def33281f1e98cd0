package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.openapi.ImportResult;
import dev.turnpike.gateway.openapi.OpenApiImporter;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.TestBackend;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Amazon's PetStore example export, imported as it is and served with its templates. */
class PetStoreImportIT {

  static TestBackend backend;
  static GatewayServer gateway;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    java.util.logging.Logger.getLogger("dev.turnpike.gateway").setLevel(Level.SEVERE);
    backend = new TestBackend();
    String document;
    try (InputStream in =
        PetStoreImportIT.class.getResourceAsStream("/openapi/aws-petstore-export.yaml")) {
      document =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("BACKEND", backend.url());
    }
    ImportResult result = new OpenApiImporter().importDocument(document);
    assertThat(result.errors()).isEmpty();
    ApiDefinition api = result.definition();
    assertThat(api.methods()).hasSize(5);
    gateway =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .build());
    gateway.apply(
        new GatewaySnapshot(
            1,
            List.of(
                new Deployment(
                    "tenant-a", "petstore", "test", "d-1", api, Map.of(), null, Map.of())),
            List.of(),
            List.of(),
            Map.of()));
    base = "http://127.0.0.1:" + gateway.port() + "/petstore/test";
  }

  @AfterAll
  static void stop() throws Exception {
    gateway.close();
    backend.close();
  }

  @Test
  void root_is_the_mock_html_page() {
    HttpResponse<String> response = Http.get(base + "/", "Accept", "text/html");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("text/html");
    assertThat(response.body()).contains("<h1>Welcome to your Pet Store API</h1>");
  }

  @Test
  void list_pets_is_transformed_by_the_response_template() {
    HttpResponse<String> response = Http.get(base + "/pets?type=dog&page=1");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(response.body().replaceAll("\\s+", ""))
        .isEqualTo(
            "[{\"description\":\"Item1isadog.\",\"askingPrice\":249.99},"
                + "{\"description\":\"Item2isacat.\",\"askingPrice\":124.99},"
                + "{\"description\":\"Item3isafish.\",\"askingPrice\":0.99}]");
  }

  @Test
  void get_pet_substitutes_the_path_parameter() {
    HttpResponse<String> response = Http.get(base + "/pets/2");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"uri\":\"/petstore/pets/2\"");
  }

  @Test
  void create_pet_validates_the_body_against_new_pet() {
    HttpResponse<String> ok = post("{\"type\": \"dog\", \"price\": 249.99}");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body())
        .isEqualTo("{\"pet\": {\"type\": \"dog\", \"price\": 249.99}, \"message\": \"success\"}");
    for (String bad :
        List.of("{\"type\": \"dragon\", \"price\": 249.99}", "{\"price\": 10}", "{x")) {
      HttpResponse<String> refused = post(bad);
      assertThat(refused.statusCode()).as(bad).isEqualTo(400);
      assertThat(refused.body())
          .isEqualTo("{\"message\": \"Invalid request body\", \"hint\": \"see the NewPet model\"}");
    }
  }

  @Test
  void options_answers_cors_from_the_mock() {
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/pets"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
        .contains("POST,GET,OPTIONS");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
  }

  private static HttpResponse<String> post(String body) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(base + "/pets"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }
}
