package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.cors.PortalOrigins;
import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.CorsConfiguration;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.openapi.OpenApiImporter;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.RawConnection;
import dev.turnpike.usageplans.plan.ApiStageRef;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import dev.turnpike.usageplans.plan.UsagePlan;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CORS over HTTP, three ways: Amazon's REST style (an OPTIONS method answered by a MOCK with
 * Access-Control-* headers, routed like any method, no key), an API-level {@code
 * x-amazon-apigateway-cors}, and the node's trusted portal origin on an API without either.
 */
class CorsIT {

  static final String PORTAL = "http://portal.test:8080";
  static final String APP = "https://app.example.com";
  static final String EVIL = "https://evil.example.com";

  static GatewayServer gateway;
  static String root;
  static String key;
  static String tightKey;

  @BeforeAll
  static void start() throws IOException {
    java.util.logging.Logger.getLogger("dev.turnpike.gateway").setLevel(Level.SEVERE);
    gateway =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .portalOrigins(PortalOrigins.of(List.of(PORTAL + "/")))
                .build());
    Fixtures fixtures = new Fixtures("http://127.0.0.1:1");
    key = fixtures.key("open", "tenant-c", true, null, "open");
    tightKey = fixtures.key("tight", "tenant-c", true, null, "tight");
    List<ApiStageRef> all =
        List.of(
            new ApiStageRef("rest", "prod", null),
            new ApiStageRef("http", "prod", null),
            new ApiStageRef("plain", "prod", null));
    GatewaySnapshot keys = fixtures.snapshot(1, "x");
    gateway.apply(
        new GatewaySnapshot(
            1,
            List.of(deployment("rest", restStyle()), deployment("http", withCors()), plain()),
            List.of(
                new UsagePlan("open", "tenant-c", "Open", null, null, all),
                new UsagePlan("tight", "tenant-c", "Tight", new ThrottleLimit(0.01, 1), null, all)),
            keys.keys(),
            Map.of()));
    root = "http://127.0.0.1:" + gateway.port();
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  @Test
  void rest_style_options_mock_answers_the_preflight_without_a_key() {
    HttpResponse<String> preflight = preflight("/rest/prod/pets", APP, "GET", "x-api-key");

    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(header(preflight, "Access-Control-Allow-Methods")).isEqualTo("GET,OPTIONS");
    assertThat(header(preflight, "Access-Control-Allow-Headers")).contains("X-Api-Key");
    // The key is still demanded by the GET itself.
    assertThat(Http.get(root + "/rest/prod/pets", "Origin", APP).statusCode()).isEqualTo(403);
    HttpResponse<String> get = Http.get(root + "/rest/prod/pets", "Origin", APP, "x-api-key", key);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
  }

  @Test
  void a_portal_origin_leaves_an_api_defined_options_method_in_charge() {
    HttpResponse<String> preflight = preflight("/rest/prod/pets", PORTAL, "GET", "x-api-key");

    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(header(preflight, "Access-Control-Allow-Methods")).isEqualTo("GET,OPTIONS");
    assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
    HttpResponse<String> get =
        Http.get(root + "/rest/prod/pets", "Origin", PORTAL, "x-api-key", key);
    assertThat(get.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
  }

  @Test
  void api_cors_answers_preflights_before_keys_for_allowed_origins_only() {
    HttpResponse<String> allowed =
        preflight("/http/prod/items", APP, "POST", "x-api-key,content-type");
    assertThat(allowed.statusCode()).isEqualTo(204);
    assertThat(header(allowed, "Access-Control-Allow-Origin")).isEqualTo(APP);
    assertThat(header(allowed, "Access-Control-Allow-Methods")).isEqualTo("GET,POST");
    assertThat(header(allowed, "Access-Control-Allow-Headers")).isEqualTo("x-api-key,content-type");
    assertThat(header(allowed, "Access-Control-Max-Age")).isEqualTo("300");
    assertThat(header(allowed, "Vary")).isEqualTo("Origin");

    HttpResponse<String> disallowed = preflight("/http/prod/items", EVIL, "POST", "x-api-key");
    assertThat(disallowed.statusCode()).isEqualTo(204);
    assertThat(disallowed.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(disallowed.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    // The API's configuration wins over the portal's automatic CORS.
    HttpResponse<String> portal = preflight("/http/prod/items", PORTAL, "GET", "x-api-key");
    assertThat(portal.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void api_cors_decorates_actual_responses_and_ignores_the_integrations_cors_headers() {
    HttpResponse<String> allowed =
        Http.get(root + "/http/prod/items", "Origin", APP, "x-api-key", key);
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
    assertThat(header(allowed, "Access-Control-Expose-Headers")).isEqualTo("x-request-id");
    assertThat(header(allowed, "Vary")).isEqualTo("Origin");

    HttpResponse<String> disallowed =
        Http.get(root + "/http/prod/items", "Origin", EVIL, "x-api-key", key);
    assertThat(disallowed.statusCode()).isEqualTo(200);
    assertThat(disallowed.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

    HttpResponse<String> noKey = Http.get(root + "/http/prod/items", "Origin", APP);
    assertThat(noKey.statusCode()).isEqualTo(403);
    assertThat(header(noKey, "Access-Control-Allow-Origin")).isEqualTo(APP);
  }

  @Test
  void portal_origin_gets_preflights_from_the_route_table() {
    HttpResponse<String> preflight =
        preflight("/plain/prod/pets/7", PORTAL, "DELETE", "X-Api-Key, Content-Type, X-Trace");

    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo(PORTAL);
    assertThat(header(preflight, "Access-Control-Allow-Methods")).isEqualTo("GET,DELETE");
    assertThat(header(preflight, "Access-Control-Allow-Headers"))
        .isEqualTo("x-api-key,content-type,x-trace");
    assertThat(header(preflight, "Access-Control-Max-Age")).isEqualTo("600");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

    // Another origin: OPTIONS is routed like any method, and this API has none.
    HttpResponse<String> other = preflight("/plain/prod/pets/7", APP, "GET", "x-api-key");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void portal_origin_can_read_responses_and_gateway_errors() {
    HttpResponse<String> ok =
        Http.get(root + "/plain/prod/pets/7", "Origin", PORTAL, "x-api-key", key);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(header(ok, "Access-Control-Allow-Origin")).isEqualTo(PORTAL);
    assertThat(header(ok, "Vary")).isEqualTo("Origin");
    assertThat(header(ok, "Access-Control-Expose-Headers"))
        .containsIgnoringCase("x-amzn-RequestId")
        .containsIgnoringCase("X-Pet")
        .containsIgnoringCase("Content-Type")
        .doesNotContainIgnoringCase("connection");

    HttpResponse<String> forbidden = Http.get(root + "/plain/prod/pets/7", "Origin", PORTAL);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    assertThat(header(forbidden, "Access-Control-Allow-Origin")).isEqualTo(PORTAL);

    HttpResponse<String> noRoute = Http.get(root + "/plain/prod/nothing", "Origin", PORTAL);
    assertThat(noRoute.statusCode()).isEqualTo(403);
    assertThat(header(noRoute, "Access-Control-Allow-Origin")).isEqualTo(PORTAL);

    HttpResponse<String> notPortal = Http.get(root + "/plain/prod/pets/7", "Origin", APP);
    assertThat(notPortal.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void throttled_answers_carry_cors_and_expose_the_retry_headers() {
    HttpResponse<String> first =
        Http.get(root + "/plain/prod/pets/1", "Origin", PORTAL, "x-api-key", tightKey);
    HttpResponse<String> second =
        Http.get(root + "/plain/prod/pets/1", "Origin", PORTAL, "x-api-key", tightKey);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(429);
    assertThat(header(second, "Access-Control-Allow-Origin")).isEqualTo(PORTAL);
    assertThat(header(second, "Access-Control-Expose-Headers")).containsIgnoringCase("Retry-After");
  }

  @Test
  void preflights_answered_by_the_gateway_keep_the_connection_open() throws IOException {
    try (RawConnection connection = new RawConnection(gateway.port())) {
      List<String> statuses = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        connection.send(
            "OPTIONS /plain/prod/pets/"
                + i
                + " HTTP/1.1\r\nHost: gw\r\nOrigin: "
                + PORTAL
                + "\r\nAccess-Control-Request-Method: GET\r\n\r\n");
        statuses.add(connection.readResponse());
      }
      assertThat(statuses).containsOnly("HTTP/1.1 204 No Content").hasSize(3);
    }
  }

  private static HttpResponse<String> preflight(
      String path, String origin, String method, String headers) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(root + path))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
        "Origin",
        origin,
        "Access-Control-Request-Method",
        method,
        "Access-Control-Request-Headers",
        headers);
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static Deployment deployment(String apiId, ApiDefinition api) {
    return new Deployment("tenant-c", apiId, "prod", "d-" + apiId, api, Map.of(), null, Map.of());
  }

  private static ApiDefinition restStyle() throws IOException {
    try (InputStream in = CorsIT.class.getResourceAsStream("/openapi/aws-cors.yaml")) {
      ApiDefinition imported =
          new OpenApiImporter()
              .importDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .definition();
      // Amazon REST style: no API-level configuration, only the OPTIONS method.
      return new ApiDefinition(
          imported.name(), imported.version(), imported.methods(), null, null, List.of(), null);
    }
  }

  private static ApiDefinition withCors() {
    Integration claimsAnyOrigin =
        Integration.mock("[]", Map.of("method.response.header.Access-Control-Allow-Origin", "'*'"));
    return new ApiDefinition(
        "Http",
        "1",
        List.of(new MethodDefinition("GET", "/items", true, "items", claimsAnyOrigin)),
        null,
        null,
        List.of(),
        new CorsConfiguration(
            List.of(APP),
            List.of("GET", "POST"),
            List.of("x-api-key", "content-type"),
            List.of("x-request-id"),
            300,
            false));
  }

  private static Deployment plain() {
    Integration pet =
        Integration.mock(
            "{\"id\": \"$input.params('id')\"}", Map.of("method.response.header.X-Pet", "'yes'"));
    return deployment(
        "plain",
        new ApiDefinition(
            "Plain",
            "1",
            List.of(
                new MethodDefinition("GET", "/pets/{id}", true, "getPet", pet),
                new MethodDefinition("DELETE", "/pets/{id}", true, "deletePet", pet)),
            null,
            null));
  }
}
