package dev.turnpike.gateway.testinvoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationResponse;
import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.pipeline.Trace;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.TestBackend;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A draft API answered through the real pipeline on the private node, with every step shown. */
class DraftInvocationIT {
  static TestBackend backend;
  static TestInvoker invoker;

  @BeforeAll
  static void start() throws Exception {
    backend = new TestBackend();
    invoker = TestInvoker.start(Fixtures.SECRET);
  }

  @AfterAll
  static void stop() throws Exception {
    invoker.close();
    backend.close();
  }

  private static ApiDefinition draft() {
    Integration pets =
        new Integration(
            IntegrationType.HTTP,
            "${stageVariables.backend}/pets",
            "GET",
            Map.of("application/json", "{\"wanted\": \"$input.params('q')\"}"),
            List.of(
                new IntegrationResponse(
                    null,
                    200,
                    Map.of("application/json", "{\"first\": $input.json('$[0].name')}"),
                    null)),
            0);
    Integration broken =
        new Integration(
            IntegrationType.MOCK,
            null,
            null,
            Map.of(
                "application/json",
                "#set($a = 1)\n#set($x = $input.json('$.a'))\n{\"statusCode\": 200}"),
            List.of(new IntegrationResponse(null, 200, Map.of(), null)),
            0);
    return new ApiDefinition(
        "Draft",
        "1",
        List.of(
            new MethodDefinition("GET", "/pets", true, "listPets", pets),
            new MethodDefinition("POST", "/broken", false, "broken", broken)),
        ApiDefinition.HEADER,
        Map.of());
  }

  private static String step(TestResult result, String name) {
    return result.steps().stream()
        .filter(s -> s.name().equals(name))
        .map(Trace.Step::detail)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step '" + name + "' in " + result.steps()));
  }

  @Test
  void shows_route_transformed_request_backend_answer_and_mapped_response() {
    TestResult result =
        invoker.invoke(
            draft(),
            Map.of("backend", backend.url()),
            new TestRequest(
                "GET",
                "/pets",
                "q=rex",
                Map.of("Content-Type", "application/json", "x-api-key", "secret"),
                ""));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).isEqualTo("{\"first\": \"Rex\"}");
    assertThat(step(result, "matched")).startsWith("GET /pets");
    assertThat(step(result, "authenticate")).isEqualTo("passed");
    assertThat(step(result, "integration request"))
        .startsWith("GET " + backend.url() + "/pets")
        .contains("Accept: application/json")
        .doesNotContain("secret");
    assertThat(step(result, "integration request body")).isEqualTo("{\"wanted\": \"rex\"}");
    assertThat(step(result, "integration response")).startsWith("200");
    assertThat(step(result, "integration response body")).contains("Rex");
    assertThat(step(result, "method response")).startsWith("200").endsWith("{\"first\": \"Rex\"}");
    assertThat(step(result, "access log")).contains("status=200").contains("path=/test/pets");
    assertThat(result.steps()).extracting(Trace.Step::atMicros).isSorted();
  }

  @Test
  void a_failing_template_shows_the_500_and_the_cause_with_its_line() {
    TestResult result =
        invoker.invoke(
            draft(),
            Map.of(),
            new TestRequest(
                "POST", "/broken", "", Map.of("Content-Type", "application/json"), "{not json"));

    assertThat(result.status()).isEqualTo(500);
    assertThat(result.body()).isEqualTo("{\"message\":\"Internal server error\"}");
    assertThat(step(result, "error")).contains("line 2");
  }

  @Test
  void no_route_is_the_gateways_own_403_and_bad_requests_are_named() {
    TestResult result =
        invoker.invoke(draft(), Map.of(), new TestRequest("GET", "/nowhere", null, null, null));
    assertThat(result.status()).isEqualTo(403);
    assertThat(step(result, "route")).isEqualTo("refused: 403 MISSING_AUTHENTICATION_TOKEN");

    assertThatThrownBy(() -> new TestRequest("FETCH", "/pets", null, null, null))
        .hasMessageContaining("method must be one of");
    assertThatThrownBy(() -> new TestRequest("GET", "pets", null, null, null))
        .hasMessageContaining("path must start with '/'");
    assertThatThrownBy(() -> new TestRequest("GET", "/pets", null, Map.of("Host", "x"), null))
        .hasMessageContaining("header 'Host'");
  }
}
