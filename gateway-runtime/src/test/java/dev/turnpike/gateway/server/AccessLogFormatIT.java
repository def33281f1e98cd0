package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.LogCapture;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Access-log lines in a format of the operator's choosing, from $context variables, over HTTP. */
class AccessLogFormatIT {
  private static final String JSON_FORMAT =
      "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
          + "\"requestTime\":\"$context.requestTime\",\"httpMethod\":\"$context.httpMethod\","
          + "\"resourcePath\":\"$context.resourcePath\",\"path\":\"$context.path\","
          + "\"status\":\"$context.status\",\"protocol\":\"$context.protocol\","
          + "\"responseLength\":\"$context.responseLength\",\"key\":\"$context.identity.apiKeyId\","
          + "\"ua\":\"$context.identity.userAgent\"}";

  private static GatewayServer gateway;
  private static String base;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    gateway =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .accessLogFormat(JSON_FORMAT)
                .build());
    gateway.apply(
        new GatewaySnapshot(
            1,
            List.of(
                new Deployment(
                    "tenant-a",
                    "logs",
                    "prod",
                    "d-1",
                    new ApiDefinition(
                        "Logs",
                        "1",
                        List.of(
                            new MethodDefinition(
                                "GET",
                                "/items/{id}",
                                false,
                                "item",
                                Integration.mock("{\"ok\":1}"))),
                        "HEADER",
                        Map.of()),
                    Map.of(),
                    null,
                    Map.of())),
            List.of(),
            List.of(),
            Map.of()));
    base = "http://127.0.0.1:" + gateway.port() + "/logs/prod";
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  @Test
  void each_request_is_one_json_line_with_amazons_context_variables() throws Exception {
    try (LogCapture log = new LogCapture("dev.turnpike.gateway.access")) {
      HttpResponse<String> response = Http.get(base + "/items/42");
      assertThat(response.statusCode()).isEqualTo(200);
      String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();

      JsonNode line = JSON.readTree(lineOf(log, requestId));

      assertThat(line.get("ip").asText()).isEqualTo("127.0.0.1");
      assertThat(line.get("httpMethod").asText()).isEqualTo("GET");
      assertThat(line.get("resourcePath").asText()).isEqualTo("/items/{id}");
      assertThat(line.get("path").asText()).isEqualTo("/prod/items/42");
      assertThat(line.get("status").asText()).isEqualTo("200");
      assertThat(line.get("protocol").asText()).matches("HTTP/(1\\.1|2\\.0)");
      assertThat(line.get("responseLength").asText()).isEqualTo("8");
      assertThat(line.get("key").asText()).isEqualTo("-");
      assertThat(line.get("requestTime").asText())
          .matches("\\d{2}/\\w{3}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
    }
  }

  @Test
  void a_hostile_path_cannot_break_the_json_line() throws Exception {
    try (LogCapture log = new LogCapture("dev.turnpike.gateway.access")) {
      String hostile = "x\",\"status\":\"999\\";
      HttpResponse<String> response = Http.get(base + "/items/1", "User-Agent", hostile);
      String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();

      JsonNode line = JSON.readTree(lineOf(log, requestId));

      assertThat(line.get("ua").asText()).isEqualTo(hostile);
      assertThat(line.get("status").asText()).isEqualTo("200");
    }
  }

  @Test
  void an_unknown_variable_or_the_api_key_itself_is_refused_at_start() {
    assertThatThrownBy(() -> AccessLogFormat.parse("$context.requestId $context.stauts"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown variable $context.stauts")
        .hasMessageContaining("status");
    assertThatThrownBy(() -> AccessLogFormat.parse("$context.identity.apiKey"))
        .hasMessageContaining("API keys are never logged");
  }

  private static String lineOf(LogCapture log, String requestId) {
    String[] found = new String[1];
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(log.messages(Level.INFO))
                    .anySatisfy(
                        line -> {
                          assertThat(line).contains(requestId);
                          found[0] = line;
                        }));
    return found[0];
  }
}
