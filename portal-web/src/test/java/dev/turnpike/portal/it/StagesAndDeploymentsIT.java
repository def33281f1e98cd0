package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Stages over real HTTP: rollback repoints a stage and the bundled gateway serves the earlier
 * definition when the PATCH returns; stage variables reach mapping templates; a per-method stage
 * throttle limits that method only; viewers and other tenants cannot change a stage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StagesAndDeploymentsIT {
  private TestEnvironment env;
  private ManagementApi alice;
  private String tenantId;
  private String apiId;
  private String stagePath;
  private String invokeUrl;
  private String firstDeployment;

  @BeforeAll
  void start() {
    env = TestEnvironment.get();
    alice = new ManagementApi(env, "alice");
    String slug = "stages-" + Long.toString(System.nanoTime(), 36);
    HttpResponse<String> tenant =
        alice.postJson("/tenants", "{\"displayName\":\"Stages Co\",\"slug\":\"" + slug + "\"}");
    assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
    tenantId = Http.json(tenant).get("id").asText();
    HttpResponse<String> imported =
        alice.post("/tenants/" + tenantId + "/apis", "application/yaml", document("v1"));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    apiId = Http.json(imported).get("id").asText();
    stagePath = "/tenants/" + tenantId + "/apis/" + apiId + "/stages/prod";
  }

  @Test
  @Order(1)
  void rolling_back_serves_the_earlier_deployment_as_soon_as_the_call_returns() {
    JsonNode first = deploy("First release");
    firstDeployment = first.get("id").asText();
    invokeUrl = first.get("invokeUrl").asText();
    assertThat(hello().get("version").asText()).isEqualTo("v1");

    HttpResponse<String> replaced =
        alice.send(
            "PUT", "/tenants/" + tenantId + "/apis/" + apiId, "application/yaml", document("v2"));
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    assertThat(hello().get("version").asText()).as("a draft is not served").isEqualTo("v1");
    String second = deploy("Second release").get("id").asText();
    assertThat(hello().get("version").asText()).isEqualTo("v2");

    HttpResponse<String> rolledBack =
        alice.patchJson(stagePath, "{\"deploymentId\":\"" + firstDeployment + "\"}");
    assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(200);
    assertThat(Http.json(rolledBack).get("deploymentId").asText()).isEqualTo(firstDeployment);
    assertThat(hello().get("version").asText()).isEqualTo("v1");

    JsonNode history =
        Http.json(alice.get("/tenants/" + tenantId + "/apis/" + apiId + "/deployments"));
    assertThat(history.findValuesAsText("description"))
        .containsExactly("First release", "Second release");
    assertThat(history.get(0).get("stage").asText()).isEqualTo("prod");
    assertThat(history.get(1).hasNonNull("stage")).as("serves no stage").isFalse();
    assertThat(history.get(1).get("id").asText()).isEqualTo(second);
  }

  @Test
  @Order(2)
  void rolling_back_to_a_deployment_of_another_api_is_not_found() {
    HttpResponse<String> other =
        alice.post("/tenants/" + tenantId + "/apis", "application/yaml", document("other", "x"));
    String otherApi = Http.json(other).get("id").asText();
    String otherDeployment =
        Http.json(
                alice.postJson(
                    "/tenants/" + tenantId + "/apis/" + otherApi + "/deployments",
                    "{\"stage\":\"prod\"}"))
            .get("id")
            .asText();
    HttpResponse<String> refused =
        alice.patchJson(stagePath, "{\"deploymentId\":\"" + otherDeployment + "\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
    assertThat(Http.json(refused).get("details").get(0).get("location").asText())
        .isEqualTo("deploymentId");
    assertThat(hello().get("version").asText()).isEqualTo("v1");
  }

  @Test
  @Order(3)
  void stage_variables_reach_the_mapping_template_and_can_be_unset() {
    HttpResponse<String> set =
        alice.patchJson(stagePath, "{\"variables\":{\"greeting\":\"hello from prod\"}}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(Http.json(set).get("variables").get("greeting").asText())
        .isEqualTo("hello from prod");
    assertThat(hello().get("greeting").asText()).isEqualTo("hello from prod");

    HttpResponse<String> unset = alice.patchJson(stagePath, "{\"variables\":{\"greeting\":null}}");
    assertThat(unset.statusCode()).as(unset.body()).isEqualTo(200);
    assertThat(Http.json(unset).get("variables").has("greeting")).isFalse();
    assertThat(hello().get("greeting").asText()).isNotEqualTo("hello from prod");

    HttpResponse<String> bad = alice.patchJson(stagePath, "{\"variables\":{\"no spaces\":\"x\"}}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Http.json(bad).get("details").get(0).get("location").asText())
        .isEqualTo("variables.no spaces");
  }

  @Test
  @Order(4)
  void a_per_method_stage_throttle_refuses_that_method_only() {
    HttpResponse<String> set =
        alice.patchJson(
            stagePath,
            "{\"methodSettings\":{\"GET /ping\":{\"rateLimit\":0.001,\"burstLimit\":1}}}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(Http.json(set).get("methodSettings").get("GET /ping").get("burstLimit").asInt())
        .isEqualTo(1);

    assertThat(Http.get(invokeUrl + "/ping").statusCode()).isEqualTo(200);
    HttpResponse<String> throttled = Http.get(invokeUrl + "/ping");
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(Http.json(throttled).get("message").asText()).isEqualTo("Too Many Requests");
    for (int i = 0; i < 5; i++) {
      assertThat(Http.get(invokeUrl + "/hello").statusCode()).isEqualTo(200);
    }

    HttpResponse<String> unknown =
        alice.patchJson(
            stagePath, "{\"methodSettings\":{\"GET /petz\":{\"rateLimit\":1,\"burstLimit\":1}}}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(Http.json(unknown).get("message").asText()).contains("GET /petz", "GET /ping");

    HttpResponse<String> cleared =
        alice.patchJson(stagePath, "{\"methodSettings\":{\"GET /ping\":null}}");
    assertThat(Http.json(cleared).get("methodSettings").size()).isZero();
    assertThat(Http.get(invokeUrl + "/ping").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(5)
  void a_viewer_may_read_the_history_but_not_roll_back_or_set_variables() {
    Members.add(tenantId, "bob@demo.turnpike.dev", "VIEWER");
    ManagementApi bob = new ManagementApi(env, "bob");
    assertThat(bob.get("/tenants/" + tenantId + "/apis/" + apiId + "/deployments").statusCode())
        .isEqualTo(200);
    for (String body :
        List.of(
            "{\"deploymentId\":\"" + firstDeployment + "\"}",
            "{\"variables\":{\"greeting\":\"x\"}}",
            "{\"methodSettings\":{\"GET /ping\":{\"rateLimit\":1,\"burstLimit\":1}}}")) {
      HttpResponse<String> refused = bob.patchJson(stagePath, body);
      assertThat(refused.statusCode()).as(body).isEqualTo(403);
      assertThat(Http.json(refused).get("message").asText()).contains("VIEWER");
    }
  }

  @Test
  @Order(6)
  void another_tenant_cannot_reach_this_tenants_stages_or_deployments() {
    ManagementApi carol = new ManagementApi(env, "carol");
    String slug = "stages-other-" + Long.toString(System.nanoTime(), 36);
    String otherTenant =
        Http.json(
                carol.postJson("/tenants", "{\"displayName\":\"Other\",\"slug\":\"" + slug + "\"}"))
            .get("id")
            .asText();
    String rollback = "{\"deploymentId\":\"" + firstDeployment + "\"}";
    for (String tenant : List.of(tenantId, otherTenant)) {
      String path = "/tenants/" + tenant + "/apis/" + apiId;
      assertThat(carol.patchJson(path + "/stages/prod", rollback).statusCode())
          .as(tenant)
          .isEqualTo(404);
      assertThat(carol.get(path + "/deployments").statusCode()).isEqualTo(404);
      assertThat(carol.send("PUT", path, "application/yaml", document("v9")).statusCode())
          .isEqualTo(404);
    }
    assertThat(hello().get("version").asText()).isEqualTo("v1");
  }

  private JsonNode deploy(String description) {
    HttpResponse<String> deployed =
        alice.postJson(
            "/tenants/" + tenantId + "/apis/" + apiId + "/deployments",
            "{\"stage\":\"prod\",\"description\":\"" + description + "\"}");
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(201);
    return Http.json(deployed);
  }

  private JsonNode hello() {
    HttpResponse<String> response = Http.get(invokeUrl + "/hello");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static String document(String version) {
    return document("Stages API", version);
  }

  /** Two mock methods; GET /hello answers its version and the stage variable 'greeting'. */
  private static String document(String title, String version) {
    return """
        openapi: 3.0.3
        info:
          title: %s
          version: "1.0"
        paths:
          /hello:
            get:
              responses:
                "200":
                  description: The version and a stage variable.
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: '{"statusCode": 200}'
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates:
                      application/json: '{"version": "%s", "greeting": "$stageVariables.greeting"}'
          /ping:
            get:
              responses:
                "200":
                  description: pong
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: '{"statusCode": 200}'
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates:
                      application/json: '{"message": "pong"}'
        """
        .formatted(title, version);
  }
}
