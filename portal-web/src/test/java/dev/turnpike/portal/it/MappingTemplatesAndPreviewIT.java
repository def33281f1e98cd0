package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The management API's template and import-preview endpoints over real HTTP: a syntax error is
 * refused with its line and changes nothing, a good template reaches the draft and the exported
 * document, another tenant's person sees nothing, and previews store nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MappingTemplatesAndPreviewIT {
  private TestEnvironment env;
  private PetsBackend backend;
  private ManagementApi alice;
  private Slice slice;

  @BeforeAll
  void start() {
    env = TestEnvironment.get();
    backend = new PetsBackend();
    alice = new ManagementApi(env, "alice");
    slice = Slice.create(alice, backend, "tpl-" + Long.toString(System.nanoTime(), 36));
  }

  @AfterAll
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  private String templates() {
    return "/tenants/" + slice.tenantId() + "/apis/" + slice.apiId() + "/templates";
  }

  @Test
  void a_broken_template_is_refused_with_its_line_and_nothing_changes() {
    String before = alice.get(templates()).body();
    HttpResponse<String> refused =
        alice.putJson(
            templates(),
            """
            {"httpMethod":"GET","resourcePath":"/ping",
             "requestTemplates":{"application/json":"{\\"statusCode\\": 200}"},
             "responseTemplates":{"200":{"application/json":"{\\n\\"a\\": 1,\\n#foreach($x in)\\n}"}}}
            """);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    JsonNode error = Http.json(refused);
    assertThat(error.get("message").asText())
        .contains("GET /ping response template (200) for 'application/json', line 3");
    assertThat(error.get("details").get(0).get("location").asText()).isEqualTo("line 3");
    assertThat(alice.get(templates()).body()).isEqualTo(before);
  }

  @Test
  void a_good_template_reaches_the_draft_the_export_and_the_test_invoke() {
    HttpResponse<String> saved =
        alice.putJson(
            templates(),
            """
            {"httpMethod":"get","resourcePath":"/ping",
             "requestTemplates":{"application/json":"{\\"statusCode\\": 200}"},
             "responseTemplates":{"200":{"application/json":"#set($n = 6 * 7)\\n{\\"answer\\": $n}"}}}
            """);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(
            Http.json(saved).get("responseTemplates").get("200").get("application/json").asText())
        .startsWith("#set($n = 6 * 7)");

    String api = "/tenants/" + slice.tenantId() + "/apis/" + slice.apiId();
    String exported = alice.get(api + "/export?flavour=aws&format=yaml").body();
    assertThat(exported).contains("#set($n = 6 * 7)").contains("listPets");
    HttpResponse<String> invoked =
        alice.postJson(api + "/test-invoke", "{\"method\":\"GET\",\"path\":\"/ping\"}");
    assertThat(Http.json(invoked).get("body").asText()).contains("\"answer\": 42");
    // The deployed stage still serves the old template until the next deployment.
    assertThat(Http.get(slice.invokeUrl() + "/ping").body()).contains("pong");
  }

  @Test
  void proxy_methods_have_no_templates_and_unknown_methods_are_not_found() {
    HttpResponse<String> proxy =
        alice.putJson(
            templates(),
            "{\"httpMethod\":\"GET\",\"resourcePath\":\"/pets\",\"requestTemplates\":{}}");
    assertThat(proxy.statusCode()).isEqualTo(422);
    assertThat(Http.json(proxy).get("message").asText()).contains("HTTP_PROXY");
    HttpResponse<String> unknown =
        alice.putJson(templates(), "{\"httpMethod\":\"GET\",\"resourcePath\":\"/nope\"}");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void another_tenants_person_can_neither_read_nor_change_the_templates() {
    ManagementApi carol = new ManagementApi(env, "carol");
    assertThat(carol.get(templates()).statusCode()).isIn(403, 404);
    assertThat(
            carol
                .putJson(templates(), "{\"httpMethod\":\"GET\",\"resourcePath\":\"/ping\"}")
                .statusCode())
        .isIn(403, 404);
  }

  @Test
  void a_preview_lists_changes_and_stores_nothing() {
    String changed = backend.openApiDocument(slice.tenantId()).replace("  /ping:", "  /pong:");
    HttpResponse<String> preview =
        alice.post(
            "/tenants/" + slice.tenantId() + "/apis/preview?replacing=" + slice.apiId(),
            "application/yaml",
            changed);
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    JsonNode body = Http.json(preview);
    assertThat(body.get("added").toString()).contains("GET /pong");
    assertThat(body.get("removed").toString()).contains("GET /ping");
    assertThat(body.path("blocked").isMissingNode())
        .as("blocked: nothing stops the import")
        .isTrue();
    String apis = alice.get("/tenants/" + slice.tenantId() + "/apis/" + slice.apiId()).body();
    assertThat(apis).contains("GET /ping").doesNotContain("GET /pong");
  }

  @Test
  void a_preview_by_url_refuses_loopback_and_other_schemes() {
    String base = "/tenants/" + slice.tenantId() + "/apis/preview?url=";
    HttpResponse<String> loopback = alice.post(base + backend.url() + "/x", "text/plain", "");
    assertThat(loopback.statusCode()).isEqualTo(400);
    assertThat(Http.json(loopback).get("message").asText()).contains("private or loopback");
    HttpResponse<String> file = alice.post(base + "file:///etc/passwd", "text/plain", "");
    assertThat(file.statusCode()).isEqualTo(400);
    assertThat(Http.json(file).get("message").asText()).contains("only http and https");
  }
}
