package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * An API built by hand in the console (headless Chromium): create an empty API on the tenant page,
 * add a proxy and a mock method on its page, see them in the resource tree and in the draft, and
 * see a bad resource path refused naming the field. Then give the mock a required query parameter
 * with a validator, a model, and an integration response mapping 4xx to a declared 400 with a
 * header; a bad selection pattern is refused next to its field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApisByHandBrowserIT extends BrowserScenario {

  @Test
  void an_api_and_its_methods_are_created_by_hand() {
    ManagementApi alice = new ManagementApi(env, "alice");
    String slug = "hand-" + Long.toString(System.nanoTime(), 36);
    HttpResponse<String> tenant =
        alice.postJson("/tenants", "{\"displayName\":\"Hand Labs\",\"slug\":\"" + slug + "\"}");
    assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
    String tenantId = Http.json(tenant).get("id").asText();
    String tenantPage = env.portal.url() + "/console/tenant.xhtml?t=" + tenantId;
    browser.open(tenantPage);
    browser.signIn("alice", Keycloak.DEMO_PASSWORD);
    browser.waitForText("Your tenants");
    browser.open(tenantPage);

    browser.type(By.id("blank:blankName"), "Orders");
    browser.click(By.id("blank:createApi"));
    browser.waitForText("Resources and methods");

    browser.type(By.id("methods:resourcePath"), "/pets");
    browser.select(By.id("methods:integrationType"), "HTTP_PROXY: pass through to a backend");
    browser.type(By.id("methods:uri"), backend.url() + "/pets");
    browser.click(By.id("methods:addMethod"));
    browser.waitForText("Added GET /pets to the draft");

    browser.type(By.id("methods:resourcePath"), "/pets/{id}/ping");
    browser.select(By.id("methods:integrationType"), "MOCK: answer from templates");
    browser.click(By.id("methods:addMethod"));
    browser.waitForText("Added GET /pets/{id}/ping to the draft");

    String tree = browser.text(By.cssSelector("#resources-and-methods .tp-tree"));
    assertThat(tree).contains("/pets", "/{id}", "/ping", "HTTP_PROXY", "MOCK");
    browser.show(By.id("resources-and-methods"));
    browser.screenshot("40-methods-by-hand");

    browser.type(By.id("methods:resourcePath"), "pets");
    browser.click(By.id("methods:addMethod"));
    browser.waitForText("Invalid resourcePath");

    String apis = alice.get("/tenants/" + tenantId + "/apis").body();
    assertThat(apis).contains("Orders", "GET /pets", "GET /pets/{id}/ping");
    String apiId = Http.json(alice.get("/tenants/" + tenantId + "/apis")).get(0).get("id").asText();
    editsTheMethodRequestAndResponses(alice, "/tenants/" + tenantId + "/apis/" + apiId);
  }

  private void editsTheMethodRequestAndResponses(ManagementApi alice, String api) {
    browser.type(By.id("models:name"), "Ping");
    browser.click(By.id("models:saveModel"));
    browser.waitForText("Saved model Ping");

    browser.select(By.id("methodPicker:settingsMethod"), "GET /pets/{id}/ping");
    browser.click(By.id("methodPicker:openSettings"));
    browser.waitForText("Method request · GET /pets/{id}/ping");
    browser.click(By.id("methodRequest:addParameter"));
    browser.type(By.id("methodRequest:params:1:name"), "page");
    browser.click(By.id("methodRequest:params:1:required"));
    browser.select(
        By.id("methodRequest:validator"), "Validate query string parameters and headers");
    browser.show(By.id("method-settings"));
    browser.screenshot("80-method-request-form");
    browser.click(By.id("methodRequest:saveRequest"));
    browser.waitForText("Saved the method request of GET /pets/{id}/ping");

    browser.click(By.id("methodResponses:addMethodResponse"));
    browser.type(By.id("methodResponses:mr:1:status"), "400");
    browser.type(By.id("methodResponses:mr:1:headers"), "X-Mapped");
    browser.click(By.id("methodResponses:addIntegrationResponse"));
    browser.type(By.id("methodResponses:ir:1:pattern"), "4\\d{2");
    browser.type(By.id("methodResponses:ir:1:status"), "400");
    browser.type(By.id("methodResponses:ir:1:mappings"), "X-Mapped = 'yes'");
    browser.type(By.id("methodResponses:ir:1:template"), "{\"error\": \"mapped\"}");
    browser.click(By.id("methodResponses:saveResponses"));
    browser.waitForText("is not a regular expression");
    browser.show(By.id("methodResponses:ir:1:pattern"));
    browser.screenshot("81-integration-response-refused-at-its-field");

    browser.type(By.id("methodResponses:ir:1:pattern"), "4\\d{2}");
    browser.click(By.id("methodResponses:saveResponses"));
    browser.waitForText("Saved the responses of GET /pets/{id}/ping");
    browser.show(By.id("methodResponses:saveResponses"));
    browser.screenshot("82-integration-responses-saved");

    String named = "?httpMethod=GET&resourcePath=%2Fpets%2F%7Bid%7D%2Fping";
    String request = alice.get(api + "/method/request" + named).body();
    assertThat(request).contains("\"page\"", "PARAMS");
    String responses = alice.get(api + "/method/responses" + named).body();
    assertThat(responses).contains("4\\\\d{2}", "X-Mapped", "mapped");
  }
}
