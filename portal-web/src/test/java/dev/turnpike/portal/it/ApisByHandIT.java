package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An API built by hand over the management API, without a document: a blank API, a MOCK and an
 * HTTP_PROXY method added, deployed and called on the bundled gateway over HTTP; bad input refused
 * naming the field; viewers and other tenants refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApisByHandIT {
  private TestEnvironment env;
  private PetsBackend backend;
  private ManagementApi alice;
  private String tenantId;
  private String apiId;

  @BeforeAll
  void start() {
    env = TestEnvironment.get();
    backend = new PetsBackend();
    alice = new ManagementApi(env, "alice");
    tenantId = alice.newTenant("byhand");
  }

  @AfterAll
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  private String api() {
    return "/tenants/" + tenantId + "/apis/" + apiId;
  }

  @Test
  @Order(1)
  void a_blank_api_gets_a_mock_and_a_proxy_method_that_the_gateway_serves() {
    HttpResponse<String> created =
        alice.postJson(
            "/tenants/" + tenantId + "/apis/blank", "{\"name\":\"Hand Pets\",\"version\":\"2.0\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    apiId = Http.json(created).get("id").asText();
    assertThat(Http.json(created).get("methodCount").asInt()).isZero();

    HttpResponse<String> mock =
        alice.postJson(
            api() + "/methods",
            "{\"httpMethod\":\"get\",\"resourcePath\":\"/ping\",\"integration\":{\"type\":\"MOCK\"}}");
    assertThat(mock.statusCode()).as(mock.body()).isEqualTo(201);
    HttpResponse<String> proxy =
        alice.postJson(
            api() + "/methods",
            """
            {"httpMethod":"GET","resourcePath":"/pets","apiKeyRequired":false,
             "integration":{"type":"HTTP_PROXY","uri":"%s/pets","timeoutMillis":5000}}
            """
                .formatted(backend.url()));
    assertThat(proxy.statusCode()).as(proxy.body()).isEqualTo(201);
    assertThat(Http.json(proxy).get("methods").toString()).contains("GET /pets", "GET /ping");

    // The template editor works on a method made by hand.
    HttpResponse<String> template =
        alice.putJson(
            api() + "/templates",
            """
            {"httpMethod":"GET","resourcePath":"/ping",
             "requestTemplates":{"application/json":"{\\"statusCode\\": 200}"},
             "responseTemplates":{"200":{"application/json":"{\\"pong\\": true}"}}}
            """);
    assertThat(template.statusCode()).as(template.body()).isEqualTo(200);

    HttpResponse<String> deployed = alice.postJson(api() + "/deployments", "{\"stage\":\"prod\"}");
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(201);
    String invokeUrl = Http.json(deployed).get("invokeUrl").asText();
    HttpResponse<String> pets = Http.get(invokeUrl + "/pets");
    assertThat(pets.statusCode()).isEqualTo(200);
    assertThat(pets.body()).isEqualTo(PetsBackend.PETS);
    HttpResponse<String> ping = Http.get(invokeUrl + "/ping");
    assertThat(ping.statusCode()).isEqualTo(200);
    assertThat(ping.body()).isEqualTo("{\"pong\": true}");

    String exported = alice.get(api() + "/export?format=yaml").body();
    assertThat(exported).contains("/pets:", "/ping:", "Hand Pets");
  }

  @Test
  @Order(2)
  void bad_methods_are_refused_naming_the_field() {
    assertRefused(
        400,
        "resourcePath",
        "{\"httpMethod\":\"GET\",\"resourcePath\":\"pets\",\"integration\":{\"type\":\"MOCK\"}}");
    assertRefused(
        400,
        "resourcePath",
        "{\"httpMethod\":\"GET\",\"resourcePath\":\"/a/{proxy+}/b\","
            + "\"integration\":{\"type\":\"MOCK\"}}");
    assertRefused(
        400,
        "integration.uri",
        "{\"httpMethod\":\"GET\",\"resourcePath\":\"/x\","
            + "\"integration\":{\"type\":\"HTTP\",\"uri\":\"ftp://backend/x\"}}");
    assertRefused(
        400,
        "integration.type",
        "{\"httpMethod\":\"GET\",\"resourcePath\":\"/x\",\"integration\":{\"type\":\"AWS\"}}");
    assertRefused(
        409,
        "resourcePath",
        "{\"httpMethod\":\"GET\",\"resourcePath\":\"/ping\",\"integration\":{\"type\":\"MOCK\"}}");
    HttpResponse<String> unknown =
        alice.putJson(
            api() + "/methods",
            "{\"httpMethod\":\"GET\",\"resourcePath\":\"/nope\",\"integration\":{\"type\":\"MOCK\"}}");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    assertThat(Http.json(alice.get(api())).get("methodCount").asInt()).isEqualTo(2);
  }

  @Test
  @Order(3)
  void a_method_can_be_changed_and_deleted() {
    HttpResponse<String> changed =
        alice.putJson(
            api() + "/methods",
            """
            {"httpMethod":"GET","resourcePath":"/pets","apiKeyRequired":true,
             "integration":{"type":"HTTP","uri":"${stageVariables.backend}/pets","httpMethod":"GET"}}
            """);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    String exported = alice.get(api() + "/export?flavour=aws&format=yaml").body();
    assertThat(exported).contains("${stageVariables.backend}/pets");

    HttpResponse<String> deleted =
        alice.delete(api() + "/methods?httpMethod=GET&resourcePath=" + encode("/pets"));
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
    assertThat(Http.json(deleted).get("methods").toString()).doesNotContain("/pets");
    assertThat(alice.get(api() + "/export?format=yaml").body()).doesNotContain("/pets:");
  }

  @Test
  @Order(4)
  void viewers_and_other_tenants_cannot_change_methods() {
    Members.add(tenantId, "bob@demo.turnpike.dev", "VIEWER");
    ManagementApi bob = new ManagementApi(env, "bob");
    String body =
        "{\"httpMethod\":\"POST\",\"resourcePath\":\"/y\",\"integration\":{\"type\":\"MOCK\"}}";
    HttpResponse<String> viewer = bob.postJson(api() + "/methods", body);
    assertThat(viewer.statusCode()).as(viewer.body()).isEqualTo(403);
    assertThat(Http.json(viewer).get("message").asText()).contains("VIEWER");

    ManagementApi carol = new ManagementApi(env, "carol");
    assertThat(carol.postJson(api() + "/methods", body).statusCode()).isIn(403, 404);
    assertThat(
            carol
                .delete(api() + "/methods?httpMethod=GET&resourcePath=" + encode("/ping"))
                .statusCode())
        .isIn(403, 404);
    assertThat(Http.json(alice.get(api())).get("methods").toString()).contains("GET /ping");
  }

  private void assertRefused(int status, String field, String body) {
    HttpResponse<String> refused = alice.postJson(api() + "/methods", body);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
    JsonNode error = Http.json(refused);
    assertThat(error.get("details").get(0).get("location").asText()).isEqualTo(field);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
