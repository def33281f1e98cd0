package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The Foundation slice end to end: an API developer signs in through Keycloak in a real browser,
 * creates a tenant, imports an OpenAPI document, deploys it, makes a usage plan and a key; a client
 * then calls the bundled gateway with that key. Each step builds on the one before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FoundationSliceIT extends BrowserScenario {
  private final String slug = "acme-" + Long.toString(System.nanoTime(), 36);
  private String tenantId;
  private String invokeUrl;
  private String apiKey;
  private int keyedCallsServed;

  @Test
  @Order(1)
  void api_developer_signs_in_creates_a_tenant_imports_and_deploys() {
    browser.open(env.portal.url() + "/console/index.xhtml");
    assertThat(browser.currentUrl()).startsWith(env.keycloak.realmUrl());
    browser.screenshot("01-keycloak-sign-in");
    browser.signIn("alice", Keycloak.DEMO_PASSWORD);
    browser.waitForText("Your tenants");
    assertThat(browser.text(By.id("signed-in-as"))).contains("alice@demo.turnpike.dev");

    browser.type(By.id("newTenant:name"), "Acme Pets");
    browser.type(By.id("newTenant:slug"), slug);
    browser.click(By.id("newTenant:create"));
    assertThat(browser.text(By.id("tenant-name"))).isEqualTo("Acme Pets");
    tenantId = browser.currentUrl().replaceAll(".*[?&]t=([a-z0-9]+).*", "$1");

    browser.paste(By.id("import:document"), backend.openApiDocument("Pets"));
    browser.click(By.id("import:importButton"));
    browser.waitForText("Imported 'Pets' with 2 method(s).");
    assertThat(browser.pageText()).contains("GET /pets").contains("GET /ping");
    browser.screenshot("02-api-imported");

    browser.click(By.cssSelector(".deploy-button"));
    browser.waitForText("Deployed to stage 'prod'");
    invokeUrl = browser.text(By.cssSelector(".invoke-url"));
    assertThat(invokeUrl).startsWith(env.portal.gatewayUrl() + "/").endsWith("/prod");
    browser.screenshot("03-deployed");
  }

  @Test
  @Order(2)
  void api_developer_creates_a_plan_and_a_key_that_is_shown_once() {
    browser.type(By.id("plan:name"), "Starter");
    browser.type(By.id("plan:rate"), "5");
    browser.type(By.id("plan:burst"), "5");
    browser.type(By.id("plan:quota"), "100");
    browser.select(By.id("plan:period"), "day");
    browser.select(By.id("plan:api"), "Pets");
    browser.click(By.id("plan:createPlan"));
    browser.waitForText("Created usage plan 'Starter'.");

    browser.type(By.id("key:keyName"), "Mobile app");
    browser.type(By.id("key:owner"), "bob@demo.turnpike.dev");
    browser.select(By.id("key:keyPlan"), "Starter");
    browser.click(By.id("key:createKey"));
    apiKey = browser.text(By.id("new-key-value"));
    assertThat(apiKey).matches("tpk_[a-z0-9]{8}\\.[A-Za-z0-9]{40}");
    browser.screenshot("04-key-shown-once");

    browser.open(env.portal.url() + "/console/tenant.xhtml?t=" + tenantId);
    assertThat(browser.pageText())
        .contains(apiKey.substring(0, apiKey.indexOf('.')))
        .doesNotContain(apiKey);
  }

  @Test
  @Order(3)
  void the_key_opens_the_api_on_the_bundled_gateway() {
    HttpResponse<String> pets = Http.get(invokeUrl + "/pets", "x-api-key", apiKey);
    assertThat(pets.statusCode()).isEqualTo(200);
    keyedCallsServed++;
    assertThat(pets.body()).isEqualTo(PetsBackend.PETS);
    assertThat(pets.headers().firstValue("x-amzn-RequestId")).isPresent();

    HttpResponse<String> ping = Http.get(invokeUrl + "/ping");
    assertThat(ping.statusCode()).isEqualTo(200);
    assertThat(Http.json(ping).get("message").asText()).isEqualTo("pong");
  }

  @Test
  @Order(4)
  void no_key_or_a_wrong_key_is_forbidden_and_an_unknown_path_has_no_token() {
    int backendCalls = backend.calls.get();
    assertThat(Http.get(invokeUrl + "/pets")).satisfies(r -> assertError(r, 403, "Forbidden"));
    assertThat(Http.get(invokeUrl + "/pets", "x-api-key", apiKey + "x"))
        .satisfies(r -> assertError(r, 403, "Forbidden"));
    assertThat(Http.get(invokeUrl + "/pets", "x-api-key", "tpk_00000000.nope"))
        .satisfies(r -> assertError(r, 403, "Forbidden"));
    assertThat(Http.get(invokeUrl + "/nothing-here", "x-api-key", apiKey))
        .satisfies(r -> assertError(r, 403, "Missing Authentication Token"));
    assertThat(backend.calls.get()).isEqualTo(backendCalls);
  }

  @Test
  @Order(5)
  void twenty_calls_at_once_are_throttled_to_the_plan() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(pool.submit(() -> Http.get(invokeUrl + "/pets", "x-api-key", apiKey)));
      }
      int ok = 0;
      int throttled = 0;
      for (Future<HttpResponse<String>> call : calls) {
        HttpResponse<String> response = call.get();
        if (response.statusCode() == 200) {
          ok++;
        } else {
          assertError(response, 429, "Too Many Requests");
          throttled++;
        }
      }
      keyedCallsServed += ok;
      assertThat(ok).isBetween(1, 10);
      assertThat(throttled).isEqualTo(20 - ok).isGreaterThanOrEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Order(6)
  void the_served_calls_show_up_in_the_keys_usage_and_the_quota_left() {
    ManagementApi alice = new ManagementApi(env, "alice");
    String keys = "/tenants/" + tenantId + "/api-keys";
    String keyId = Http.json(alice.get(keys)).get(0).get("id").asText();
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              JsonNode usage = Http.json(alice.get(keys + "/" + keyId + "/usage"));
              assertThat(
                      usage.get("days").findValuesAsText("requests").stream()
                          .mapToLong(Long::parseLong)
                          .sum())
                  .isEqualTo(keyedCallsServed);
              assertThat(usage.get("quotas").get(0).get("remaining").asLong())
                  .isEqualTo(100 - keyedCallsServed);
            });
  }

  @Test
  @Order(7)
  void another_tenant_sees_and_touches_nothing_of_this_one() {
    ManagementApi carol = new ManagementApi(env, "carol");
    HttpResponse<String> created =
        carol.postJson(
            "/tenants",
            "{\"displayName\":\"Other Co\",\"slug\":\"other-" + slug.substring(5) + "\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    String otherTenant = Http.json(created).get("id").asText();

    for (String path :
        List.of(
            "/tenants/" + tenantId + "/apis",
            "/tenants/" + tenantId + "/usage-plans",
            "/tenants/" + tenantId + "/api-keys")) {
      assertThat(carol.get(path))
          .as(path)
          .satisfies(r -> assertThat(r.statusCode()).isEqualTo(404));
    }
    assertThat(
            carol.postJson(
                "/tenants/" + tenantId + "/api-keys", "{\"name\":\"x\",\"owner\":\"x\"}"))
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(404));
    assertThat(Http.json(carol.get("/tenants")).findValuesAsText("id"))
        .contains(otherTenant)
        .doesNotContain(tenantId);

    // Tenant A's key does not open tenant B's API, even on a method that needs a key.
    PetsBackend otherBackend = new PetsBackend();
    try {
      HttpResponse<String> imported =
          carol.post(
              "/tenants/" + otherTenant + "/apis",
              "application/yaml",
              otherBackend.openApiDocument("Other pets"));
      assertThat(imported.statusCode()).isEqualTo(201);
      String otherApi = Http.json(imported).get("id").asText();
      HttpResponse<String> deployed =
          carol.postJson(
              "/tenants/" + otherTenant + "/apis/" + otherApi + "/deployments",
              "{\"stage\":\"prod\"}");
      assertThat(deployed.statusCode()).isEqualTo(201);
      String otherUrl = Http.json(deployed).get("invokeUrl").asText();
      assertThat(Http.get(otherUrl + "/ping").statusCode()).isEqualTo(200);
      assertError(Http.get(otherUrl + "/pets", "x-api-key", apiKey), 403, "Forbidden");
      assertThat(otherBackend.calls.get()).isZero();
    } finally {
      otherBackend.close();
    }
  }

  @Test
  @Order(8)
  void another_tenants_developer_sees_nothing_of_this_tenant_in_the_console() {
    try (Browser carol = new Browser(env.artifacts.resolve("screenshots"))) {
      carol.open(env.portal.url() + "/console/tenant.xhtml?t=" + tenantId);
      carol.signIn("carol", Keycloak.DEMO_PASSWORD);
      carol.waitForText("Your tenants");
      carol.open(env.portal.url() + "/console/tenant.xhtml?t=" + tenantId);
      carol.waitForText("Tenant not found");
      assertThat(carol.pageText()).doesNotContain("Acme Pets").doesNotContain("Starter");
      carol.screenshot("05-other-tenant-not-found");
    }
  }

  @Test
  @Order(9)
  void the_console_charts_the_traffic_and_breaks_it_down_by_method() {
    browser.open(env.portal.url() + "/console/tenant.xhtml?t=" + tenantId);
    browser.click(By.id("analytics-link"));
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              browser.open(env.portal.url() + "/console/analytics.xhtml?t=" + tenantId);
              browser.waitForText("Breakdown");
              assertThat(browser.pageText())
                  .contains("GET /pets")
                  .doesNotContain("(0 in this range)");
            });
    assertThat(browser.text(By.cssSelector("[id$='traffic-chart'] canvas"))).isEmpty();
    assertThat(browser.text(By.cssSelector("[id$='latency-chart'] canvas"))).isEmpty();
    browser.screenshot("06-analytics");
  }

  private static void assertError(HttpResponse<String> response, int status, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = Http.json(response);
    assertThat(body.get("message").asText()).isEqualTo(message);
  }
}
