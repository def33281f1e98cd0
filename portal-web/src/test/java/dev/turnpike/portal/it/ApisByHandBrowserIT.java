package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * An API built by hand in the console (headless Chromium): create an empty API on the tenant page,
 * add a proxy and a mock method on its page, see them in the resource tree and in the draft, and
 * see a bad resource path refused naming the field.
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
  }
}
