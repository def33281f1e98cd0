package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * An API developer approves an app developer's pending subscription in the console (headless
 * Chromium), and the held-back key then opens the API on the bundled gateway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionApprovalBrowserIT extends BrowserScenario {

  @Test
  void a_publisher_approves_a_pending_subscription_in_the_console() {
    ManagementApi alice = new ManagementApi(env, "alice");
    String slug = "approve-" + Long.toString(System.nanoTime(), 36);
    Slice slice = Slice.create(alice, backend, slug);
    String tenant = "/tenants/" + slice.tenantId();
    HttpResponse<String> plan =
        alice.postJson(
            tenant + "/usage-plans",
            """
            {"name":"Partner","throttleRate":20,"throttleBurst":20,"approvalMode":"APPROVAL_REQUIRED",
             "apiStages":[{"apiId":"%s","stage":"prod"}]}
            """
                .formatted(slice.apiId()));
    String planId = Http.json(plan).get("id").asText();
    assertThat(
            alice
                .putJson(
                    tenant + "/apis/" + slice.apiId() + "/stages/prod/publication",
                    "{\"description\":\"Pets for partners\",\"documentation\":\"# Pets\"}")
                .statusCode())
        .isEqualTo(200);
    JsonNode subscribed =
        Http.json(
            new ManagementApi(env, "bob")
                .postJson(tenant + "/usage-plans/" + planId + "/subscriptions", ""));
    String key = subscribed.get("apiKey").asText();
    assertThat(Http.get(slice.invokeUrl() + "/pets", "x-api-key", key).statusCode()).isEqualTo(403);

    String page = env.portal.url() + "/console/subscriptions.xhtml?t=" + slice.tenantId();
    browser.open(page);
    browser.signIn("alice", Keycloak.DEMO_PASSWORD);
    // Signing in lands on the console's home; then the subscriptions page opens signed in.
    browser.waitForText("Your tenants");
    browser.open(page);
    browser.waitForText("Waiting for approval");
    assertThat(browser.text(By.cssSelector(".subscriber"))).isEqualTo("bob@demo.turnpike.dev");
    assertThat(browser.text(By.id("pending-count"))).isEqualTo("1");
    browser.screenshot("10-subscription-pending");

    browser.click(By.cssSelector(".approve-button"));
    browser.waitForText("Approved bob@demo.turnpike.dev on 'Partner'");
    assertThat(browser.text(By.id("pending-count"))).isEqualTo("0");
    assertThat(browser.text(By.id("decided")))
        .contains("bob@demo.turnpike.dev", "active", "alice@demo.turnpike.dev");
    browser.screenshot("11-subscription-approved");
    assertThat(Http.get(slice.invokeUrl() + "/pets", "x-api-key", key).statusCode()).isEqualTo(200);

    browser.open(
        env.portal.url() + "/console/api.xhtml?t=" + slice.tenantId() + "&a=" + slice.apiId());
    browser.waitForText("Deployment history");
    assertThat(browser.pageText()).contains("in the developer portal", "Update publication");
    browser.screenshot("12-api-page");
  }
}
