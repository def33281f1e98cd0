package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.TestBackend;
import dev.turnpike.gateway.support.TestClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data plane over real HTTP: a real backend, a real gateway, one snapshot. */
class GatewayServerIT {

  static final java.util.logging.Logger QUIET =
      java.util.logging.Logger.getLogger("dev.turnpike.gateway");
  static TestBackend backend;
  static GatewayServer gateway;
  static TestClock clock = new TestClock();
  static String base;
  static String key;
  static String keyBurst;
  static String keyQuota;
  static String keyDisabled;
  static String keyExpired;
  static String keyOtherPlanTenant;
  static String keyB;

  @BeforeAll
  static void start() throws Exception {
    QUIET.setLevel(java.util.logging.Level.SEVERE);
    backend = new TestBackend();
    Fixtures fixtures = new Fixtures(backend.url());
    key = fixtures.keyA("main");
    keyBurst = fixtures.keyA("burst");
    keyQuota = fixtures.keyA("quota");
    keyDisabled = fixtures.key("off", "tenant-a", false, null, "plan-a");
    keyExpired =
        fixtures.key("old", "tenant-a", true, Instant.parse("2020-01-01T00:00:00Z"), "plan-a");
    keyOtherPlanTenant = fixtures.key("cross", "tenant-a", true, null, "plan-b");
    keyB = fixtures.key("bkey", "tenant-b", true, null, "plan-b");
    gateway =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .clock(clock)
                .build());
    assertThat(Http.get("http://127.0.0.1:" + gateway.port() + "/health/ready").statusCode())
        .isEqualTo(503);
    gateway.apply(fixtures.snapshot(1, "pong"));
    base = "http://127.0.0.1:" + gateway.port() + "/petstore/prod";
  }

  @AfterAll
  static void stop() throws Exception {
    gateway.close();
    backend.close();
  }

  @Test
  void returns_backend_body_with_a_valid_key() {
    HttpResponse<String> response = Http.get(base + "/pets", "x-api-key", key);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(TestBackend.PETS);
    String id = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    assertThat(response.headers().firstValue("x-request-id")).contains(id);
  }

  @Test
  void refuses_missing_wrong_disabled_and_expired_keys_with_403_forbidden() {
    for (String[] headers :
        List.of(
            new String[0],
            new String[] {"x-api-key", "tpk_nope-secret"},
            new String[] {"x-api-key", keyDisabled},
            new String[] {"x-api-key", keyExpired},
            new String[] {"x-api-key", keyOtherPlanTenant})) {
      HttpResponse<String> response = Http.get(base + "/pets", headers);
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    }
  }

  @Test
  void refuses_a_key_of_tenant_a_on_tenant_b_api() {
    String bUrl = "http://127.0.0.1:" + gateway.port() + "/bapi/prod/pets";
    assertThat(Http.get(bUrl, "x-api-key", keyB).body()).isEqualTo("{\"tenant\":\"b\"}");
    HttpResponse<String> response = Http.get(bUrl, "x-api-key", key);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Forbidden");
  }

  @Test
  void answers_mock_methods_from_templates() {
    HttpResponse<String> response = Http.get(base + "/ping");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"message\":\"pong\"}");
    assertThat(response.headers().firstValue("content-type")).contains("application/json");
  }

  @Test
  void unknown_api_stage_or_path_is_403_missing_authentication_token() {
    String root = "http://127.0.0.1:" + gateway.port();
    // tenant B's API has no {proxy+}, so unknown paths and methods stay unknown there
    for (String url :
        List.of(
            root + "/bapi/prod/nope",
            root + "/bapi/prod/pets/1",
            root + "/other/prod/pets",
            root + "/petstore/dev/ping",
            root + "/")) {
      HttpResponse<String> response = Http.get(url);
      assertThat(response.statusCode()).as(url).isEqualTo(403);
      assertThat(response.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
    }
    HttpResponse<String> noMethod =
        Http.send(HttpRequest.newBuilder(URI.create(root + "/bapi/prod/pets")).DELETE());
    assertThat(noMethod.statusCode()).isEqualTo(403);
  }

  @Test
  void static_segments_beat_parameters_which_beat_greedy_paths() {
    assertThat(Http.get(base + "/pets/mine").body()).isEqualTo("{\"which\":\"static\"}");
    HttpResponse<String> param = Http.get(base + "/pets/a%20b");
    assertThat(param.body())
        .isEqualTo("{\"which\":\"param\",\"id\":\"a b\",\"stage\":\"prod\",\"color\":\"blue\"}");
    assertThat(param.headers().firstValue("X-Mock")).contains("yes");
    assertThat(Http.get(base + "/pets/0").statusCode()).isEqualTo(404);
    HttpResponse<String> greedy =
        Http.get(base + "/pets/1/toys?size=big", "X-Forwarded-For", "10.0.0.9");
    assertThat(greedy.statusCode()).isEqualTo(200);
    assertThat(greedy.body())
        .contains("\"method\":\"GET\"")
        .contains("\"uri\":\"/echo/pets/1/toys?size=big\"")
        .contains("\"x-forwarded-for\":\"10.0.0.9, 127.0.0.1\"")
        .contains("\"x-forwarded-proto\":\"http\"");
    assertThat(greedy.headers().firstValue("X-Backend")).contains("echo");
  }

  @Test
  void a_get_without_body_reaches_the_backend_without_a_chunked_body() {
    // Servers such as Payara answer 400 to a GET that arrives with Transfer-Encoding: chunked.
    HttpResponse<String> response = Http.get(base + "/pets/1/toys");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("transfer-encoding").doesNotContain("\"body\":\"x");
  }

  @Test
  void proxies_other_methods_and_bodies_through_any() {
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/things/..%2F..%2Fadmin"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":1}")));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"method\":\"PUT\"").contains("{\\\"a\\\":1}");
    // the decoded "../../admin" cannot climb out of the backend's base path
    assertThat(response.body()).contains("\"uri\":\"/echo/things/%2E%2E/%2E%2E/admin\"");
  }

  @Test
  void bodies_pass_through_intact_whether_read_whole_or_streamed() {
    // Up to 64 KB of known length the proxy reads a body whole; past that, or chunked, it streams.
    for (int size : new int[] {1, 1024, 64 * 1024, 64 * 1024 + 1, 300 * 1024}) {
      String sent = "0123456789abcdefghijklmnopqrstuvwxyz".repeat(size / 36 + 1).substring(0, size);
      HttpResponse<String> response =
          Http.send(
              HttpRequest.newBuilder(URI.create(base + "/things/upload"))
                  .POST(HttpRequest.BodyPublishers.ofString(sent)));
      assertThat(response.statusCode()).as("%d bytes", size).isEqualTo(200);
      assertThat(response.body()).as("%d bytes", size).contains("\"" + sent + "\"");
    }
  }

  @Test
  void http_integration_maps_request_and_response_through_templates() {
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"kibble\"}")));
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body())
        .isEqualTo(
            "{\"backendMethod\":\"POST\",\"sent\":{\"item\": \"kibble\", \"by\": \"127.0.0.1\"}}");
  }

  @Test
  void concurrent_calls_beyond_the_burst_get_429_too_many_requests() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<CompletableFuture<HttpResponse<String>>> calls =
          IntStream.range(0, 20)
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () -> Http.get(base + "/pets", "x-api-key", keyBurst), pool))
              .toList();
      List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();
      long ok = responses.stream().filter(r -> r.statusCode() == 200).count();
      List<HttpResponse<String>> throttled =
          responses.stream().filter(r -> r.statusCode() == 429).toList();
      assertThat(ok + throttled.size()).isEqualTo(20);
      assertThat(ok).isBetween(5L, 10L);
      assertThat(throttled).isNotEmpty();
      assertThat(throttled.get(0).body()).isEqualTo("{\"message\":\"Too Many Requests\"}");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void quota_exhaustion_gives_429_limit_exceeded() {
    for (int i = 0; i < 100; i++) {
      clock.advance(Duration.ofMillis(300));
      assertThat(Http.get(base + "/pets", "x-api-key", keyQuota).statusCode())
          .as("call " + i)
          .isEqualTo(200);
    }
    clock.advance(Duration.ofSeconds(1));
    HttpResponse<String> response = Http.get(base + "/pets", "x-api-key", keyQuota);
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.body()).isEqualTo("{\"message\":\"Limit Exceeded\"}");
  }

  @Test
  void backend_connection_failure_is_502() {
    HttpResponse<String> response = Http.get(base + "/down");
    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.body()).isEqualTo("{\"message\":\"Internal server error\"}");
  }

  @Test
  void slow_backend_past_the_integration_timeout_is_504() {
    long start = System.nanoTime();
    HttpResponse<String> response = Http.get(base + "/slow");
    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.body()).isEqualTo("{\"message\":\"Endpoint request timed out\"}");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
  }

  @Test
  void payload_over_10_mb_is_413() {
    byte[] body = new byte[10 * 1024 * 1024 + 1];
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "/upload"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("{\"message\":\"Request Entity Too Large\"}");
  }

  @Test
  void health_is_up_once_a_snapshot_is_applied() {
    String root = "http://127.0.0.1:" + gateway.port();
    assertThat(Http.get(root + "/health/live").body()).isEqualTo("{\"status\":\"UP\"}");
    HttpResponse<String> ready = Http.get(root + "/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
  }
}
