package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationResponse;
import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.support.FakeFunctions;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.LogCapture;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Function (Lambda proxy) integrations, stage variables in uris, request parameter mappings and
 * binary payloads over real HTTP: the gateway in front of real HTTP functions and backends.
 */
class FunctionIntegrationIT {

  /** The first bytes of a PNG file, with bytes that are not valid UTF-8. */
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, (byte) 0xff, (byte) 0xd8
  };

  static FakeFunctions functions;
  static GatewayServer gateway;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    java.util.logging.Logger.getLogger("dev.turnpike.gateway").setLevel(Level.SEVERE);
    functions = new FakeFunctions();
    gateway =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .build());
    gateway.apply(new GatewaySnapshot(1, List.of(deployment()), List.of(), List.of(), Map.of()));
    base = "http://127.0.0.1:" + gateway.port() + "/fns/prod";
  }

  @AfterAll
  static void stop() throws Exception {
    gateway.close();
    functions.close();
  }

  private static Deployment deployment() {
    String fn = "http://${stageVariables.fnHost}";
    List<MethodDefinition> methods =
        List.of(
            method("POST", "/fn/{id}", Integration.function(fn + "/fn", 2000)),
            method("POST", "/png", Integration.function(fn + "/png", 2000)),
            method("GET", "/malformed", Integration.function(fn + "/malformed", 2000)),
            method("GET", "/slow", Integration.function(fn + "/slow", 300)),
            method("GET", "/down", Integration.function("http://127.0.0.1:1/fn", 2000)),
            method(
                "GET",
                "/arn",
                Integration.function(
                    "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/f/invocations",
                    0)),
            method(
                "GET", "/undefined", Integration.httpProxy("http://${stageVariables.nope}/x", 0)),
            method("GET", "/mapped/{id}", mapped(fn)),
            method(
                "POST",
                "/template",
                new Integration(
                    IntegrationType.HTTP,
                    fn + "/echo/t",
                    "POST",
                    Map.of("image/png", "{\"b64\": \"$input.body\"}"),
                    null,
                    0)),
            method(
                "POST",
                "/http-raw",
                new Integration(IntegrationType.HTTP, fn + "/raw", "POST", null, null, 0)),
            method(
                "POST",
                "/proxy/{id}",
                Integration.httpProxy(fn + "/${stageVariables.rawPath}", 0)
                    .withRequestParameters(
                        Map.of("integration.request.header.X-Id", "method.request.path.id"))));
    return new Deployment(
        "tenant-f",
        "fns",
        "prod",
        "d-f",
        new ApiDefinition("Functions", "1", methods, null, null, List.of("image/png")),
        Map.of("fnHost", functions.hostPort(), "rawPath", "raw", "env", "test"),
        null,
        Map.of());
  }

  private static Integration mapped(String fn) {
    return new Integration(
        IntegrationType.HTTP,
        fn + "/echo/{item}?fixed=1",
        "GET",
        null,
        List.of(
            new IntegrationResponse(
                null,
                200,
                null,
                Map.of(
                    "method.response.header.X-Backend-Uri", "integration.response.body.uri",
                    "method.response.header.X-Stage-Env", "stageVariables.env"))),
        0,
        null,
        Map.of(
            "integration.request.path.item", "method.request.path.id",
            "integration.request.querystring.size", "method.request.querystring.s",
            "integration.request.querystring.tag", "method.request.multivaluequerystring.t",
            "integration.request.header.X-Trace", "method.request.header.X-Client-Trace",
            "integration.request.header.X-Stage", "context.stage",
            "integration.request.header.X-Env", "stageVariables.env",
            "integration.request.header.X-Lit", "'yes'"),
        null);
  }

  private static MethodDefinition method(String verb, String path, Integration integration) {
    return new MethodDefinition(verb, path, false, null, integration);
  }

  @Test
  void a_function_gets_the_payload_1_0_event_and_its_answer_comes_back() {
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/fn/42?q=x&q=y&single=1"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Rex\"}")),
            "Content-Type",
            "application/json",
            "X-Multi",
            "one",
            "X-Multi",
            "two");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().allValues("Set-Cookie")).containsExactly("a=1", "b=2");
    JsonObject event = new JsonObject(response.body());
    assertThat(event.getString("resource")).isEqualTo("/fn/{id}");
    assertThat(event.getString("path")).isEqualTo("/fn/42");
    assertThat(event.getString("httpMethod")).isEqualTo("POST");
    assertThat(event.getJsonObject("pathParameters").getString("id")).isEqualTo("42");
    assertThat(event.getJsonObject("queryStringParameters").getString("q")).isEqualTo("y");
    assertThat(event.getJsonObject("multiValueQueryStringParameters").getJsonArray("q").getList())
        .containsExactly("x", "y");
    assertThat(header(event.getJsonObject("multiValueHeaders"), "X-Multi"))
        .isEqualTo(List.of("one", "two"));
    assertThat(header(event.getJsonObject("headers"), "X-Multi")).isEqualTo("two");
    assertThat(event.getJsonObject("stageVariables").getString("env")).isEqualTo("test");
    assertThat(event.getString("body")).isEqualTo("{\"name\":\"Rex\"}");
    assertThat(event.getBoolean("isBase64Encoded")).isFalse();
    JsonObject context = event.getJsonObject("requestContext");
    assertThat(context.getString("path")).isEqualTo("/prod/fn/42");
    assertThat(context.getString("stage")).isEqualTo("prod");
    assertThat(context.getString("resourcePath")).isEqualTo("/fn/{id}");
    assertThat(context.getString("accountId")).isEqualTo("tenant-f");
    assertThat(context.getString("requestId"))
        .isEqualTo(response.headers().firstValue("x-amzn-RequestId").orElseThrow());
    assertThat(context.getJsonObject("identity").getString("sourceIp")).isEqualTo("127.0.0.1");
    assertThat(context.getLong("requestTimeEpoch")).isPositive();
  }

  @Test
  void png_bytes_go_through_a_function_base64_encoded_and_come_back_as_bytes() throws Exception {
    HttpResponse<byte[]> response =
        bytes(
            HttpRequest.newBuilder(URI.create(base + "/png"))
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PNG)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(response.body()).isEqualTo(PNG);
  }

  @Test
  void png_bytes_go_through_a_proxy_unchanged_with_a_mapped_header() throws Exception {
    HttpResponse<byte[]> response =
        bytes(
            HttpRequest.newBuilder(URI.create(base + "/proxy/7"))
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PNG)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(PNG);
    assertThat(response.headers().firstValue("X-Seen-Id")).contains("7");
  }

  @Test
  void a_malformed_function_answer_is_502_and_logged_as_amazon_words_it() {
    try (LogCapture log = new LogCapture("dev.turnpike.gateway")) {
      HttpResponse<String> response = Http.get(base + "/malformed");

      assertThat(response.statusCode()).isEqualTo(502);
      assertThat(response.body()).isEqualTo("{\"message\":\"Internal server error\"}");
      awaitLine(log, "Malformed Lambda proxy response");
      awaitLine(log, "status=502");
    }
  }

  @Test
  void a_slow_function_is_504_and_an_unreachable_one_502() {
    HttpResponse<String> slow = Http.get(base + "/slow");
    assertThat(slow.statusCode()).isEqualTo(504);
    assertThat(slow.body()).isEqualTo("{\"message\":\"Endpoint request timed out\"}");

    HttpResponse<String> down = Http.get(base + "/down");
    assertThat(down.statusCode()).isEqualTo(502);
    assertThat(down.body()).isEqualTo("{\"message\":\"Internal server error\"}");
  }

  @Test
  void a_lambda_arn_or_an_undefined_stage_variable_is_500_with_the_reason_logged() {
    try (LogCapture log = new LogCapture("dev.turnpike.gateway")) {
      HttpResponse<String> arn = Http.get(base + "/arn");
      assertThat(arn.statusCode()).isEqualTo(500);
      assertThat(arn.body()).isEqualTo("{\"message\":\"Internal server error\"}");
      awaitLine(log, "Lambda ARN");

      HttpResponse<String> undefined = Http.get(base + "/undefined");
      assertThat(undefined.statusCode()).isEqualTo(500);
      awaitLine(log, "stage variable 'nope'");
    }
  }

  @Test
  void header_query_and_path_mappings_reach_the_backend_through_a_stage_variable_uri() {
    HttpResponse<String> response =
        Http.get(base + "/mapped/a%20b?s=large&t=1&t=2", "X-Client-Trace", "trace-9");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject seen = new JsonObject(response.body());
    assertThat(seen.getString("uri"))
        .startsWith("/echo/a%20b?fixed=1")
        .contains("size=large")
        .contains("tag=1&tag=2");
    JsonObject headers = seen.getJsonObject("headers");
    assertThat(headers.getString("x-trace")).isEqualTo("trace-9");
    assertThat(headers.getString("x-stage")).isEqualTo("prod");
    assertThat(headers.getString("x-env")).isEqualTo("test");
    assertThat(headers.getString("x-lit")).isEqualTo("yes");
    assertThat(response.headers().firstValue("X-Backend-Uri")).contains(seen.getString("uri"));
    assertThat(response.headers().firstValue("X-Stage-Env")).contains("test");
  }

  /** The client may send header names in any case; Amazon keeps the case it received. */
  private static Object header(JsonObject headers, String name) {
    return headers.getMap().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(
            e ->
                e.getValue() instanceof io.vertx.core.json.JsonArray a ? a.getList() : e.getValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no header " + name + " in " + headers));
  }

  @Test
  void a_mapping_template_sees_a_binary_body_base64_encoded() {
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/template"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(PNG)),
            "Content-Type",
            "image/png");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject sent = new JsonObject(new JsonObject(response.body()).getString("body"));
    assertThat(sent.getString("b64")).isEqualTo(java.util.Base64.getEncoder().encodeToString(PNG));
  }

  @Test
  void a_binary_http_answer_is_bytes_for_clients_accepting_it_and_base64_text_otherwise()
      throws Exception {
    HttpResponse<byte[]> asBytes =
        bytes(
            HttpRequest.newBuilder(URI.create(base + "/http-raw"))
                .header("Content-Type", "image/png")
                .header("Accept", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PNG)));
    assertThat(asBytes.body()).isEqualTo(PNG);

    HttpResponse<byte[]> asText =
        bytes(
            HttpRequest.newBuilder(URI.create(base + "/http-raw"))
                .header("Content-Type", "image/png")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PNG)));
    assertThat(new String(asText.body(), java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo(java.util.Base64.getEncoder().encodeToString(PNG));
  }

  private static HttpResponse<byte[]> bytes(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The access log line is written as the response ends, so it may trail the client a little. */
  private static void awaitLine(LogCapture log, String text) {
    long deadline = System.currentTimeMillis() + 3000;
    while (System.currentTimeMillis() < deadline) {
      if (log.messages(Level.INFO).stream().anyMatch(line -> line.contains(text))) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(log.messages(Level.INFO)).anySatisfy(line -> assertThat(line).contains(text));
  }
}
