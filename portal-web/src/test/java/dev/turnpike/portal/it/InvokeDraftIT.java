package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test invoke through the management API on the real portal: the draft answers without a deploy or
 * a key, every step is listed, and nobody outside the tenant can use it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvokeDraftIT {
  private ManagementApi alice;
  private ManagementApi carol;
  private PetsBackend backend;
  private Slice slice;

  @BeforeAll
  void start() {
    TestEnvironment env = TestEnvironment.get();
    alice = new ManagementApi(env, "alice");
    carol = new ManagementApi(env, "carol");
    backend = new PetsBackend();
    slice = Slice.create(alice, backend, "invoke-" + Long.toString(System.nanoTime(), 36));
  }

  @AfterAll
  void stop() {
    backend.close();
  }

  private String path() {
    return "/tenants/" + slice.tenantId() + "/apis/" + slice.apiId() + "/test-invoke";
  }

  @Test
  void the_draft_answers_without_a_key_and_every_step_is_shown() {
    int before = backend.calls.get();

    HttpResponse<String> response =
        alice.postJson(path(), "{\"method\":\"GET\",\"path\":\"/pets\",\"query\":\"limit=1\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode result = Http.json(response);
    assertThat(result.get("status").asInt()).isEqualTo(200);
    assertThat(result.get("body").asText()).contains("Rex");
    assertThat(result.get("steps").findValuesAsText("name"))
        .contains(
            "test invoke",
            "matched",
            "authenticate",
            "integration request",
            "integration response",
            "access log");
    assertThat(result.get("steps").toString()).contains("limit=1");
    assertThat(backend.calls.get()).isEqualTo(before + 1);
  }

  @Test
  void a_mistyped_request_is_refused_naming_the_field() {
    HttpResponse<String> response =
        alice.postJson(path(), "{\"method\":\"FETCH\",\"path\":\"/pets\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).get("details").get(0).get("location").asText())
        .isEqualTo("method");
  }

  @Test
  void another_tenant_cannot_test_invoke_this_api() {
    assertThat(carol.postJson(path(), "{\"method\":\"GET\",\"path\":\"/pets\"}").statusCode())
        .isEqualTo(404);
  }
}
