package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewayResponse;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.RequestValidation;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.TestBackend;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gateway responses customised per API (x-amazon-apigateway-gateway-responses) over HTTP. */
class GatewayResponsesIT {

  static TestBackend backend;
  static GatewayServer gateway;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    java.util.logging.Logger.getLogger("dev.turnpike.gateway").setLevel(Level.SEVERE);
    backend = new TestBackend();
    gateway =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .build());
    List<MethodDefinition> methods =
        List.of(
            new MethodDefinition(
                "GET", "/slow", false, "slow", Integration.httpProxy(backend.url() + "/slow", 300)),
            new MethodDefinition("GET", "/keyed", true, "keyed", Integration.mock("{}")),
            new MethodDefinition(
                "POST",
                "/never",
                false,
                "never",
                new Integration(
                    IntegrationType.MOCK,
                    null,
                    null,
                    Map.of("application/json", "{\"statusCode\": 200}"),
                    null,
                    0,
                    Integration.NEVER)),
            new MethodDefinition(
                "GET",
                "/params",
                false,
                "params",
                Integration.mock("{}"),
                new RequestValidation(
                    true, false, List.of("method.request.querystring.q"), Map.of())));
    Map<String, GatewayResponse> responses =
        Map.of(
            "MISSING_AUTHENTICATION_TOKEN",
            new GatewayResponse(
                404,
                null,
                Map.of(
                    "application/json",
                    "{\"message\": \"No route for $context.httpMethod $context.path\"}")),
            "INTEGRATION_TIMEOUT",
            new GatewayResponse(
                null,
                Map.of("gatewayresponse.header.X-Trace", "method.request.header.x-trace"),
                Map.of(
                    "application/json",
                    "{\"message\": $context.error.messageString, \"type\": \"$context.error.responseType\"}")),
            "INVALID_API_KEY",
            new GatewayResponse(
                401, Map.of("gatewayresponse.header.WWW-Authenticate", "'ApiKey'"), null),
            "UNSUPPORTED_MEDIA_TYPE",
            new GatewayResponse(
                400,
                Map.of(
                    "gatewayresponse.header.X-Color", "stageVariables.color",
                    "gatewayresponse.header.X-Request", "context.requestId"),
                null),
            "BAD_REQUEST_PARAMETERS",
            new GatewayResponse(
                null, null, Map.of("application/json", "$util.base64Decode('***')")),
            "DEFAULT_4XX",
            new GatewayResponse(
                null, Map.of("gatewayresponse.header.Access-Control-Allow-Origin", "'*'"), null));
    gateway.apply(
        new GatewaySnapshot(
            1,
            List.of(
                new Deployment(
                    "tenant-g",
                    "gr",
                    "prod",
                    "d-1",
                    new ApiDefinition("GR", "1", methods, "HEADER", responses),
                    Map.of("color", "green"),
                    null,
                    Map.of())),
            List.of(),
            List.of(),
            Map.of()));
    base = "http://127.0.0.1:" + gateway.port() + "/gr/prod";
  }

  @AfterAll
  static void stop() throws Exception {
    gateway.close();
    backend.close();
  }

  @Test
  void missing_authentication_token_is_customised_for_unknown_routes_of_a_known_api() {
    HttpResponse<String> response = Http.get(base + "/nothing/here");
    assertThat(response.statusCode()).isEqualTo(404);
    // $context.path is Amazon's /{stage}/resource/path (without our leading API id).
    assertThat(response.body()).isEqualTo("{\"message\": \"No route for GET /prod/nothing/here\"}");
    HttpResponse<String> unknownApi =
        Http.get("http://127.0.0.1:" + gateway.port() + "/nope/prod/x");
    assertThat(unknownApi.statusCode()).isEqualTo(403);
    assertThat(unknownApi.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
  }

  @Test
  void integration_timeout_keeps_its_status_with_template_and_request_header() {
    HttpResponse<String> response = Http.get(base + "/slow", "x-trace", "t-42");
    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.headers().firstValue("X-Trace")).contains("t-42");
    assertThat(response.body())
        .isEqualTo(
            "{\"message\": \"Endpoint request timed out\", \"type\": \"INTEGRATION_TIMEOUT\"}");
  }

  @Test
  void invalid_api_key_status_and_static_header() {
    HttpResponse<String> response = Http.get(base + "/keyed");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).contains("ApiKey");
    assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
  }

  @Test
  void unsupported_media_type_headers_from_stage_variables_and_context() {
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/never"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("X-Color")).contains("green");
    assertThat(response.headers().firstValue("X-Request"))
        .isEqualTo(response.headers().firstValue("x-amzn-RequestId"));
    assertThat(response.body()).isEqualTo("{\"message\":\"Unsupported Media Type\"}");
  }

  @Test
  void a_failing_gateway_response_template_falls_back_to_the_default_body() {
    HttpResponse<String> response = Http.get(base + "/params");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"message\":\"Missing required request parameters: [q]\"}");
    assertThat(Http.get(base + "/params?q=1").statusCode()).isEqualTo(200);
  }

  @Test
  void default_4xx_applies_to_types_without_their_own() {
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/params"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
    assertThat(response.statusCode()).isEqualTo(404);
    HttpResponse<String> keyless = Http.get(base + "/keyed");
    assertThat(keyless.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
