package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Publishing and subscriptions over real HTTP: the public catalog shows only published stages; an
 * app developer (not a member) subscribes, and the key opens the gateway at once (auto-approve) or
 * only after a member approves; a rejection's reason reaches the subscriber; each side sees only
 * its own; other tenants' ids are 404 on every new endpoint.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriptionsIT {
  private TestEnvironment env;
  private PetsBackend backend;
  private ManagementApi alice;
  private ManagementApi bob;
  private ManagementApi carol;
  private final String slug = "subs-" + Long.toString(System.nanoTime(), 36);
  private String tenantId;
  private String apiId;
  private String secretApiId;
  private String invokeUrl;
  private String openPlan;
  private String gatedPlan;
  private String hiddenPlan;
  private String bobOpenSubscription;
  private String bobOpenKey;
  private String carolSubscription;

  @BeforeAll
  void start() {
    env = TestEnvironment.get();
    backend = new PetsBackend();
    alice = new ManagementApi(env, "alice");
    bob = new ManagementApi(env, "bob");
    carol = new ManagementApi(env, "carol");
    HttpResponse<String> tenant =
        alice.postJson("/tenants", "{\"displayName\":\"Subs Co\",\"slug\":\"" + slug + "\"}");
    tenantId = Http.json(tenant).get("id").asText();
    apiId = importAndDeploy("Pets");
    secretApiId = importAndDeploy("Secret pets");
    invokeUrl = env.portal.gatewayUrl() + "/" + apiId + "/prod";
    openPlan = plan("Open", apiId, "AUTO_APPROVE", null);
    // The gated plan also limits GET /pets to a burst of 1 per key: plan per-method throttle.
    gatedPlan =
        plan(
            "Gated",
            apiId,
            "APPROVAL_REQUIRED",
            "{\"GET /pets\":{\"rateLimit\":0.001,\"burstLimit\":1}}");
    hiddenPlan = plan("Hidden", secretApiId, "AUTO_APPROVE", null);
    Members.add(tenantId, "carol@demo.turnpike.dev", "VIEWER");
  }

  @AfterAll
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  @Test
  @Order(1)
  void nothing_is_in_the_catalog_or_subscribable_before_it_is_published() {
    JsonNode catalog = Http.json(Http.get(catalogUrl()));
    assertThat(catalog.get("tenantName").asText()).isEqualTo("Subs Co");
    assertThat(catalog.get("apis").size()).isZero();
    assertThat(subscribe(bob, openPlan).statusCode()).isEqualTo(404);
    assertThat(Http.get(env.portal.url() + "/management/v1/catalog/no-such-portal").statusCode())
        .isEqualTo(404);
  }

  @Test
  @Order(2)
  void a_publisher_publishes_a_stage_and_a_viewer_may_not() {
    String body =
        "{\"description\":\"Pets for everyone\",\"documentation\":\"# Pets\\nList them.\"}";
    String path = "/tenants/" + tenantId + "/apis/" + apiId + "/stages/prod/publication";
    assertThat(carol.putJson(path, body).statusCode()).isEqualTo(403);
    HttpResponse<String> published = alice.putJson(path, body);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(alice.putJson(path, "{\"description\":\" \"}").statusCode()).isEqualTo(400);
    assertThat(
            alice
                .putJson(
                    "/tenants/" + tenantId + "/apis/" + apiId + "/stages/nope/publication", body)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  @Order(3)
  void the_public_catalog_shows_only_published_stages_with_their_plans() {
    JsonNode catalog = Http.json(Http.get(catalogUrl()));
    assertThat(catalog.get("apis").size()).isEqualTo(1);
    JsonNode pets = catalog.get("apis").get(0);
    assertThat(pets.get("apiName").asText()).isEqualTo("Pets");
    assertThat(pets.get("stage").asText()).isEqualTo("prod");
    assertThat(pets.get("description").asText()).isEqualTo("Pets for everyone");
    assertThat(pets.get("documentation").asText()).startsWith("# Pets");
    assertThat(pets.get("invokeUrl").asText()).isEqualTo(invokeUrl);
    assertThat(pets.get("plans").findValuesAsText("name")).containsExactly("Open", "Gated");
    assertThat(pets.get("plans").findValuesAsText("approvalMode"))
        .containsExactly("AUTO_APPROVE", "APPROVAL_REQUIRED");
    assertThat(catalog.toString()).doesNotContain("Secret", secretApiId, hiddenPlan);
    assertThat(subscribe(bob, hiddenPlan).statusCode()).as("unpublished plan").isEqualTo(404);
  }

  @Test
  @Order(4)
  void auto_approve_gives_a_working_key_at_once() {
    assertThat(Http.get(invokeUrl + "/pets").statusCode()).isEqualTo(403);
    HttpResponse<String> subscribed = subscribe(bob, openPlan);
    assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
    assertThat(subscribed.headers().firstValue("Cache-Control")).contains("no-store");
    JsonNode body = Http.json(subscribed);
    assertThat(body.get("subscription").get("status").asText()).isEqualTo("ACTIVE");
    assertThat(body.get("subscription").get("subscriber").asText())
        .isEqualTo("bob@demo.turnpike.dev");
    bobOpenSubscription = body.get("subscription").get("id").asText();
    bobOpenKey = body.get("apiKey").asText();
    HttpResponse<String> pets = Http.get(invokeUrl + "/pets", "x-api-key", bobOpenKey);
    assertThat(pets.statusCode()).as(pets.body()).isEqualTo(200);
    assertThat(pets.body()).isEqualTo(PetsBackend.PETS);
    assertThat(subscribe(bob, openPlan).statusCode()).as("twice").isEqualTo(409);
  }

  @Test
  @Order(5)
  void approval_required_holds_the_key_back_until_a_publisher_approves() {
    HttpResponse<String> subscribed = subscribe(bob, gatedPlan);
    assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
    JsonNode body = Http.json(subscribed);
    assertThat(body.get("subscription").get("status").asText()).isEqualTo("PENDING");
    String id = body.get("subscription").get("id").asText();
    String key = body.get("apiKey").asText();
    assertThat(Http.get(invokeUrl + "/pets", "x-api-key", key).statusCode()).isEqualTo(403);

    JsonNode keys = Http.json(alice.get("/tenants/" + tenantId + "/api-keys"));
    JsonNode pendingKey = find(keys, "id", body.get("subscription").get("keyId").asText());
    assertThat(pendingKey.get("status").asText()).isEqualTo("PENDING_APPROVAL");
    assertThat(pendingKey.get("owner").asText()).isEqualTo("bob@demo.turnpike.dev");

    String approve = "/tenants/" + tenantId + "/subscriptions/" + id + "/approve";
    assertThat(carol.postJson(approve, "{}").statusCode()).as("viewer").isEqualTo(403);
    assertThat(Http.get(invokeUrl + "/pets", "x-api-key", key).statusCode()).isEqualTo(403);
    HttpResponse<String> approved = alice.postJson(approve, "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(Http.json(approved).get("status").asText()).isEqualTo("ACTIVE");
    assertThat(Http.json(approved).get("decidedBy").asText()).isEqualTo("alice@demo.turnpike.dev");
    assertThat(Http.get(invokeUrl + "/pets", "x-api-key", key).statusCode()).isEqualTo(200);
    assertThat(Http.get(invokeUrl + "/pets", "x-api-key", key).statusCode())
        .as("the plan's GET /pets burst of 1")
        .isEqualTo(429);
    assertThat(Http.get(invokeUrl + "/pets", "x-api-key", bobOpenKey).statusCode())
        .as("another plan's key")
        .isEqualTo(200);
    assertThat(alice.postJson(approve, "{}").statusCode()).as("approved twice").isEqualTo(409);
    JsonNode gated =
        find(Http.json(alice.get("/tenants/" + tenantId + "/usage-plans")), "id", gatedPlan);
    assertThat(
            gated
                .get("apiStages")
                .get(0)
                .get("throttle")
                .get("GET /pets")
                .get("burstLimit")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  @Order(6)
  void a_rejection_reason_reaches_the_subscriber_and_the_key_stays_shut() {
    JsonNode body = Http.json(subscribe(carol, gatedPlan));
    carolSubscription = body.get("subscription").get("id").asText();
    String key = body.get("apiKey").asText();
    String reject = "/tenants/" + tenantId + "/subscriptions/" + carolSubscription + "/reject";
    assertThat(alice.postJson(reject, "{}").statusCode()).as("no reason").isEqualTo(400);
    HttpResponse<String> rejected =
        alice.postJson(reject, "{\"reason\":\"Tell us what your app does first.\"}");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);

    JsonNode mine = find(Http.json(carol.get("/me/subscriptions")), "id", carolSubscription);
    assertThat(mine.get("status").asText()).isEqualTo("REJECTED");
    assertThat(mine.get("reason").asText()).isEqualTo("Tell us what your app does first.");
    assertThat(mine.get("planName").asText()).isEqualTo("Gated");
    assertThat(Http.get(invokeUrl + "/pets", "x-api-key", key).statusCode()).isEqualTo(403);
  }

  @Test
  @Order(7)
  void each_subscriber_sees_only_their_own_and_members_see_all_of_the_tenants() {
    JsonNode bobs = Http.json(bob.get("/me/subscriptions"));
    assertThat(bobs.findValuesAsText("subscriber")).containsOnly("bob@demo.turnpike.dev");
    assertThat(bobs.findValuesAsText("id")).doesNotContain(carolSubscription);
    assertThat(bob.get("/tenants/" + tenantId + "/subscriptions").statusCode())
        .as("a subscriber is no member")
        .isEqualTo(404);
    assertThat(bob.delete("/me/subscriptions/" + carolSubscription).statusCode()).isEqualTo(404);

    JsonNode all = Http.json(alice.get("/tenants/" + tenantId + "/subscriptions"));
    assertThat(all.findValuesAsText("status")).containsExactly("ACTIVE", "ACTIVE", "REJECTED");
  }

  @Test
  @Order(8)
  void keys_show_the_day_they_were_last_used_and_a_cancelled_subscription_shuts_its_key() {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              JsonNode keys = Http.json(alice.get("/tenants/" + tenantId + "/api-keys"));
              assertThat(find(keys, "prefix", prefix(bobOpenKey)).get("lastUsedOn").asText())
                  .isEqualTo(today);
            });
    HttpResponse<String> cancelled = bob.delete("/me/subscriptions/" + bobOpenSubscription);
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(Http.json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(Http.get(invokeUrl + "/pets", "x-api-key", bobOpenKey).statusCode()).isEqualTo(403);
  }

  @Test
  @Order(9)
  void other_tenants_ids_are_not_found_on_every_new_endpoint() {
    ManagementApi ops = new ManagementApi(env, "ops");
    String otherSlug = "subs-other-" + Long.toString(System.nanoTime(), 36);
    String other =
        Http.json(
                ops.postJson(
                    "/tenants", "{\"displayName\":\"Ops Co\",\"slug\":\"" + otherSlug + "\"}"))
            .get("id")
            .asText();
    assertThat(Http.json(ops.get("/tenants/" + other + "/subscriptions")).size())
        .as("ops's own tenant lists none of this tenant's subscriptions")
        .isZero();
    assertThat(ops.get("/tenants/" + tenantId + "/subscriptions").statusCode()).isEqualTo(404);
    for (String tenant : List.of(tenantId, other)) {
      String base = "/tenants/" + tenant;
      String publication = base + "/apis/" + apiId + "/stages/prod/publication";
      List<HttpResponse<String>> answers =
          List.of(
              ops.postJson(base + "/subscriptions/" + carolSubscription + "/approve", "{}"),
              ops.postJson(
                  base + "/subscriptions/" + carolSubscription + "/reject", "{\"reason\":\"x\"}"),
              ops.get(publication),
              ops.putJson(publication, "{\"description\":\"taken over\"}"),
              ops.delete(publication),
              ops.patchJson(base + "/apis/" + apiId + "/stages/prod", "{\"variables\":{}}"));
      assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(404));
    }
    assertThat(subscribe(ops, gatedPlan).statusCode())
        .as("no app-developer role: no subscribing")
        .isEqualTo(403);
    // A plan id under the wrong tenant is not found either, for a subscriber.
    assertThat(subscribe(bob, other, gatedPlan).statusCode()).isEqualTo(404);
    assertThat(Http.json(Http.get(catalogUrl())).get("apis").get(0).get("description").asText())
        .isEqualTo("Pets for everyone");
  }

  @Test
  @Order(10)
  void unpublishing_takes_the_stage_out_of_the_catalog() {
    String path = "/tenants/" + tenantId + "/apis/" + apiId + "/stages/prod/publication";
    assertThat(carol.delete(path).statusCode()).isEqualTo(403);
    assertThat(alice.delete(path).statusCode()).isEqualTo(204);
    assertThat(Http.json(Http.get(catalogUrl())).get("apis").size()).isZero();
    assertThat(subscribe(bob, openPlan).statusCode()).isEqualTo(404);
  }

  private String catalogUrl() {
    return env.portal.url() + "/management/v1/catalog/" + slug;
  }

  private HttpResponse<String> subscribe(ManagementApi who, String planId) {
    return subscribe(who, tenantId, planId);
  }

  private static HttpResponse<String> subscribe(ManagementApi who, String tenant, String planId) {
    return who.postJson("/tenants/" + tenant + "/usage-plans/" + planId + "/subscriptions", "");
  }

  private String importAndDeploy(String title) {
    HttpResponse<String> imported =
        alice.post(
            "/tenants/" + tenantId + "/apis", "application/yaml", backend.openApiDocument(title));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    String id = Http.json(imported).get("id").asText();
    assertThat(
            alice
                .postJson(
                    "/tenants/" + tenantId + "/apis/" + id + "/deployments", "{\"stage\":\"prod\"}")
                .statusCode())
        .isEqualTo(201);
    return id;
  }

  private String plan(String name, String api, String approvalMode, String methodThrottles) {
    HttpResponse<String> plan =
        alice.postJson(
            "/tenants/" + tenantId + "/usage-plans",
            """
            {"name":"%s","throttleRate":50,"throttleBurst":50,"approvalMode":"%s",
             "apiStages":[{"apiId":"%s","stage":"prod","throttle":%s}]}
            """
                .formatted(name, approvalMode, api, methodThrottles));
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
    assertThat(Http.json(plan).get("approvalMode").asText()).isEqualTo(approvalMode);
    return Http.json(plan).get("id").asText();
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (value.equals(node.path(field).asText())) {
        return node;
      }
    }
    throw new AssertionError("No " + field + "=" + value + " in " + array);
  }

  private static String prefix(String key) {
    return key.substring(0, key.indexOf('.'));
  }
}
