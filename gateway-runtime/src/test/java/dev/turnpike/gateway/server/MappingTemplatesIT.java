package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewayResponse;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationResponse;
import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.RequestValidation;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.LogCapture;
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

/**
 * Mapping templates, passthrough behaviours, request validation and gateway responses over real
 * HTTP: a real backend (echo) behind HTTP integrations, and MOCK methods.
 */
class MappingTemplatesIT {

  static TestBackend backend;
  static GatewayServer gateway;
  static String base;
  static String other;

  private static final String PET_MODEL =
      "{\"type\":\"object\",\"required\":[\"name\"],"
          + "\"properties\":{\"name\":{\"type\":\"string\"},\"price\":{\"$ref\":\"#/definitions/Price\"}},"
          + "\"definitions\":{\"Price\":{\"type\":\"number\",\"minimum\":0}}}";

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
    gateway.apply(
        new GatewaySnapshot(
            1,
            List.of(deployment("tpl", true), deployment("plain", false)),
            List.of(),
            List.of(),
            Map.of()));
    base = "http://127.0.0.1:" + gateway.port() + "/tpl/prod";
    other = "http://127.0.0.1:" + gateway.port() + "/plain/prod";
  }

  @AfterAll
  static void stop() throws Exception {
    gateway.close();
    backend.close();
  }

  private static Deployment deployment(String apiId, boolean customResponses) {
    String echo = backend.url() + "/echo";
    Map<String, String> requestTemplate =
        Map.of(
            "application/json",
            "{\"name\": $input.json('$.name'), \"q\": \"$input.params('q')\","
                + " \"method\": \"$context.httpMethod\", \"resource\": \"$context.resourcePath\","
                + " \"account\": \"$context.accountId\", \"stage\": \"$context.stage\","
                + " \"time\": \"$context.requestTime\", \"protocol\": \"$context.protocol\","
                + " \"color\": \"$stageVariables.color\"}");
    List<IntegrationResponse> echoBack =
        List.of(
            new IntegrationResponse(
                null,
                200,
                Map.of("application/json", "#set($b = $util.parseJson($input.body))$b.body"),
                null));
    List<MethodDefinition> methods =
        List.of(
            http(
                "POST", "/match", echo, requestTemplate, echoBack, Integration.WHEN_NO_MATCH, null),
            http("POST", "/never", echo, requestTemplate, echoBack, Integration.NEVER, null),
            http(
                "POST",
                "/notemplates",
                echo,
                requestTemplate,
                echoBack,
                Integration.WHEN_NO_TEMPLATES,
                null),
            http("POST", "/raw", echo, Map.of(), echoBack, Integration.WHEN_NO_TEMPLATES, null),
            http(
                "POST",
                "/broken",
                echo,
                Map.of("application/json", "{\"a\": \"$util.base64Decode('***')\"}"),
                echoBack,
                null,
                null),
            http(
                "POST",
                "/badjson",
                echo,
                Map.of("application/json", "{\n\n\"a\": $input.json('$.a')}"),
                echoBack,
                null,
                null),
            http(
                "POST",
                "/hostile",
                echo,
                Map.of(
                    "application/json",
                    "#foreach($i in [1..10000])#foreach($j in [1..10000])x#end#end"),
                echoBack,
                null,
                null),
            http(
                "POST",
                "/pets",
                echo,
                Map.of(),
                echoBack,
                null,
                new RequestValidation(
                    true,
                    true,
                    List.of("method.request.querystring.type", "method.request.header.x-trace"),
                    Map.of("application/json", PET_MODEL))),
            new MethodDefinition("GET", "/ok", false, "ok", Integration.mock("{\"ok\":true}")));
    Map<String, GatewayResponse> responses =
        customResponses
            ? Map.of(
                "BAD_REQUEST_BODY",
                new GatewayResponse(
                    422,
                    Map.of("gatewayresponse.header.X-Why", "'model'"),
                    Map.of(
                        "application/json",
                        "{\"error\": $context.error.messageString, \"type\": \"$context.error.responseType\", \"id\": \"$context.requestId\"}")),
                "DEFAULT_4XX",
                new GatewayResponse(
                    null,
                    Map.of("gatewayresponse.header.Access-Control-Allow-Origin", "'*'"),
                    null),
                "DEFAULT_5XX",
                new GatewayResponse(
                    null,
                    null,
                    Map.of("application/json", "{\"oops\": \"$context.error.message\"}")))
            : Map.of();
    return new Deployment(
        "tenant-" + apiId,
        apiId,
        "prod",
        "d-1",
        new ApiDefinition(apiId, "1", methods, "HEADER", responses),
        Map.of("color", "blue"),
        null,
        Map.of());
  }

  private static MethodDefinition http(
      String method,
      String path,
      String uri,
      Map<String, String> templates,
      List<IntegrationResponse> responses,
      String passthrough,
      RequestValidation validation) {
    return new MethodDefinition(
        method,
        path,
        false,
        null,
        new Integration(IntegrationType.HTTP, uri, "POST", templates, responses, 0, passthrough),
        validation);
  }

  private static HttpResponse<String> post(String url, String contentType, String body) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void request_template_sees_input_context_and_stage_variables() {
    HttpResponse<String> response =
        post(base + "/match?q=cats", "application/json; charset=utf-8", "{\"name\":\"Rex\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"name\": \"Rex\"", "\"q\": \"cats\"", "\"method\": \"POST\"")
        .contains("\"resource\": \"/match\"", "\"account\": \"tenant-tpl\"", "\"stage\": \"prod\"")
        .containsPattern("\"protocol\": \"HTTP/(1\\.1|2\\.0)\"")
        .contains("\"color\": \"blue\"")
        .containsPattern("\"time\": \"\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000\"");
  }

  @Test
  void when_no_match_passes_other_content_types_through() {
    HttpResponse<String> response = post(base + "/match", "text/plain", "just text");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("just text");
  }

  @Test
  void never_refuses_an_unmatched_content_type_with_415() {
    HttpResponse<String> response = post(other + "/never", "text/plain", "just text");
    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).isEqualTo("{\"message\":\"Unsupported Media Type\"}");
    assertThat(post(other + "/never", "application/json", "{\"name\":\"a\"}").statusCode())
        .isEqualTo(200);
  }

  @Test
  void when_no_templates_refuses_unmatched_types_only_when_templates_exist() {
    assertThat(post(other + "/notemplates", "text/plain", "x").statusCode()).isEqualTo(415);
    HttpResponse<String> raw = post(other + "/raw", "text/plain", "x");
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.body()).isEqualTo("x");
  }

  @Test
  void a_failing_template_is_500_and_access_logged_with_template_line_and_cause() {
    try (LogCapture log = new LogCapture("dev.turnpike.gateway.access")) {
      HttpResponse<String> response = post(other + "/badjson", "application/json", "{not json");
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).isEqualTo("{\"message\":\"Internal server error\"}");
      assertThat(log.messages(Level.INFO))
          .anySatisfy(
              line ->
                  assertThat(line)
                      .contains("status=500")
                      .contains("POST /badjson request template for 'application/json'")
                      .contains("line 3")
                      .contains("not valid JSON"));
    }
  }

  @Test
  void a_hostile_template_is_cut_off_and_the_node_keeps_serving() {
    long start = System.nanoTime();
    HttpResponse<String> response = post(other + "/hostile", "application/json", "{}");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    assertThat(Http.get(other + "/ok").body()).isEqualTo("{\"ok\":true}");
  }

  @Test
  void default_5xx_gateway_response_template_answers_template_failures() {
    HttpResponse<String> response = post(base + "/broken", "application/json", "{\"a\":{}}");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"oops\": \"Internal server error\"}");
  }

  @Test
  void missing_required_parameters_are_400_naming_them() {
    HttpResponse<String> response = post(other + "/pets", "application/json", "{\"name\":\"a\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"message\":\"Missing required request parameters: [type, x-trace]\"}");
    HttpResponse<String> custom = post(base + "/pets?type=dog", "application/json", "{}");
    assertThat(custom.statusCode()).isEqualTo(400);
    assertThat(custom.body()).contains("[x-trace]");
    assertThat(custom.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
  }

  @Test
  void a_body_against_the_model_is_checked() {
    HttpRequest.Builder bad =
        HttpRequest.newBuilder(URI.create(other + "/pets?type=dog"))
            .header("Content-Type", "application/json")
            .header("x-trace", "t")
            .POST(HttpRequest.BodyPublishers.ofString("{\"price\": -1}"));
    HttpResponse<String> refused = Http.send(bad);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).isEqualTo("{\"message\":\"Invalid request body\"}");
    HttpResponse<String> ok =
        Http.send(
            HttpRequest.newBuilder(URI.create(other + "/pets?type=dog"))
                .header("Content-Type", "application/json")
                .header("x-trace", "t")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Rex\",\"price\":3}")));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("{\"name\":\"Rex\",\"price\":3}");
  }

  @Test
  void bad_request_body_gateway_response_is_customised() {
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/pets?type=dog"))
                .header("Content-Type", "application/json")
                .header("x-trace", "t")
                .POST(HttpRequest.BodyPublishers.ofString("[]")));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("X-Why")).contains("model");
    assertThat(response.body())
        .startsWith(
            "{\"error\": \"Invalid request body\", \"type\": \"BAD_REQUEST_BODY\", \"id\": \"")
        .contains(response.headers().firstValue("x-amzn-RequestId").orElseThrow());
  }
}
