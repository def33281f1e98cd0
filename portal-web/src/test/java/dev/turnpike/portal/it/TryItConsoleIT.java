package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * The try-it console on the developer portal's API page calls the live gateway from the browser
 * (another origin: the bundled gateway trusts the portal's): without a key the gateway's 403 is
 * shown, with the key bob got by subscribing the backend's body; a hostile body stays text; the key
 * is kept for the tab only on request, in sessionStorage, never localStorage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TryItConsoleIT extends BrowserScenario {

  private static final String HOSTILE = "<img src=x onerror=window.__tryitXss=1>";

  @Test
  void bob_tries_the_api_from_its_page_with_his_own_key() {
    ManagementApi alice = new ManagementApi(env, "alice");
    String slug = "try-" + Long.toString(System.nanoTime(), 36);
    String[] ids = publish(alice, slug);
    String apiPage = env.portal.url() + "/portal/" + slug + "/apis/" + ids[1] + "/prod";

    browser.viewport(1280, 1000);
    browser.open(apiPage);
    browser.waitForText("Sign in to subscribe");
    browser.click(By.id("sign-in"));
    browser.signIn("bob", Keycloak.DEMO_PASSWORD);
    browser.acceptTermsIfAsked();
    browser.waitForText("My keys");
    browser.click(By.cssSelector(".subscribe-button"));
    browser.waitForText("Copy your key now");
    String key = browser.text(By.id("new-key"));
    assertThat(key).startsWith("tpk_");

    browser.select(By.id("tryit-op"), "GET /pets (key required)");
    send("403");
    assertThat(browser.text(By.id("tryit-response-body"))).contains("\"message\": \"Forbidden\"");
    assertThat(browser.text(By.id("tryit-response-headers"))).contains("x-amzn-requestid");
    browser.show(By.id("tryit"));
    browser.screenshot("70-portal-tryit-no-key-403-desktop");

    browser.type(By.id("tryit-key"), key);
    browser.click(By.id("tryit-remember"));
    send("200");
    assertThat(browser.text(By.id("tryit-response-body"))).contains("\"name\": \"Rex\"");
    assertThat(browser.text(By.id("tryit-latency"))).endsWith(" ms");
    assertThat(browser.text(By.id("tryit-curl")))
        .startsWith("curl -i -X GET '" + env.portal.gatewayUrl() + "/" + ids[1] + "/prod/pets'")
        .contains("-H 'x-api-key: " + key + "'");
    assertThat(backend.calls.get()).isPositive();
    browser.show(By.id("tryit-result"));
    browser.screenshot("71-portal-tryit-200-desktop");

    // Kept for this tab only, and never posted to the portal.
    assertThat(browser.script("return window.sessionStorage.getItem('turnpike.tryit.key')"))
        .isEqualTo(key);
    assertThat(browser.script("return window.localStorage.length")).isEqualTo(0L);
    assertThat(browser.script("return document.getElementById('tryit-key').name")).isEqualTo("");
    browser.open(apiPage);
    browser.waitForText("Try it");
    assertThat(browser.script("return document.getElementById('tryit-key').value")).isEqualTo(key);

    browser.select(By.id("tryit-op"), "GET /notes/{noteId}");
    browser.click(By.id("tryit-send"));
    assertThat(browser.text(By.id("tryit-response-body"))).contains("path parameter {noteId}");
    browser.type(By.id("tryit-path-0"), "a b");
    send("200");
    String body = browser.text(By.id("tryit-response-body"));
    assertThat(body).contains(HOSTILE).contains("a b");
    assertThat(browser.script("return document.querySelectorAll('#tryit img').length"))
        .isEqualTo(0L);
    assertThat(browser.script("return typeof window.__tryitXss")).isEqualTo("undefined");
    browser.show(By.id("tryit-result"));
    browser.screenshot("72-portal-tryit-hostile-body-as-text-desktop");

    browser.viewport(390, 844);
    browser.open(apiPage);
    browser.waitForText("Try it");
    browser.select(By.id("tryit-op"), "GET /pets (key required)");
    send("200");
    // Nothing wider than the phone: no sideways scrolling.
    assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(390L);
    browser.show(By.id("tryit-send"));
    browser.screenshot("73-portal-tryit-phone");
    browser.show(By.id("tryit-result"));
    browser.screenshot("74-portal-tryit-result-phone");
    browser.viewport(1280, 1000);
  }

  private void send(String status) {
    browser.click(By.id("tryit-send"));
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(browser.text(By.id("tryit-status"))).startsWith(status));
  }

  /** A tenant whose published API has a proxied GET /pets (key) and a hostile mock; its ids. */
  private String[] publish(ManagementApi alice, String slug) {
    HttpResponse<String> tenant =
        alice.postJson("/tenants", "{\"displayName\":\"" + slug + "\",\"slug\":\"" + slug + "\"}");
    assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
    String tenantId = Http.json(tenant).get("id").asText();
    String document =
        backend.openApiDocument("Try pets")
            + """
              /notes/{noteId}:
                get:
                  operationId: note
                  parameters:
                    - {name: noteId, in: path, required: true, schema: {type: string}}
                  responses:
                    "200": {description: a note}
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates:
                      application/json: '{"statusCode": 200}'
                    responses:
                      default:
                        statusCode: "200"
                        responseTemplates:
                          application/json: '%s $input.params(''noteId'')'
            """
                .formatted(HOSTILE);
    HttpResponse<String> imported =
        alice.post("/tenants/" + tenantId + "/apis", "application/yaml", document);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    String apiId = Http.json(imported).get("id").asText();
    String apis = "/tenants/" + tenantId + "/apis/" + apiId;
    assertThat(alice.postJson(apis + "/deployments", "{\"stage\":\"prod\"}").statusCode())
        .isEqualTo(201);
    HttpResponse<String> plan =
        alice.postJson(
            "/tenants/" + tenantId + "/usage-plans",
            """
            {"name":"Gold","throttleRate":50,"throttleBurst":50,
             "apiStages":[{"apiId":"%s","stage":"prod"}]}
            """
                .formatted(apiId));
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
    assertThat(
            alice
                .putJson(apis + "/stages/prod/publication", "{\"description\":\"Try me\"}")
                .statusCode())
        .isEqualTo(200);
    return new String[] {tenantId, apiId};
  }
}
