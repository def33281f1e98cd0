package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * An app developer signs in from the developer portal (headless Chromium, real Keycloak), comes
 * back to the API page, subscribes to an auto-approved plan, copies the key shown once, calls the
 * gateway with it and finds the call in the usage on the portal's My keys page. Their subscription
 * in another tenant does not show on this portal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSubscribeIT extends BrowserScenario {

  @Test
  void bob_signs_in_subscribes_calls_the_api_and_sees_the_usage_on_my_keys() {
    ManagementApi alice = new ManagementApi(env, "alice");
    String slug = "dps-" + Long.toString(System.nanoTime(), 36);
    Slice slice = publish(alice, backend, slug, "Pets for everyone");
    assertThat(
            alice
                .postJson(
                    "/tenants/" + slice.tenantId() + "/usage-plans",
                    """
                    {"name":"Partner","throttleRate":20,"throttleBurst":20,
                     "approvalMode":"APPROVAL_REQUIRED","apiStages":[{"apiId":"%s","stage":"prod"}]}
                    """
                        .formatted(slice.apiId()))
                .statusCode())
        .isEqualTo(201);
    // bob also subscribes in another tenant: that must not show on this tenant's portal.
    Slice other =
        publish(alice, backend, "dps-other-" + Long.toString(System.nanoTime(), 36), "Other pets");
    JsonNode elsewhere =
        Http.json(
            new ManagementApi(env, "bob")
                .postJson(
                    "/tenants/"
                        + other.tenantId()
                        + "/usage-plans/"
                        + other.planId()
                        + "/subscriptions",
                    ""));
    String otherPrefix = elsewhere.get("subscription").get("keyPrefix").asText();

    String apiPage = env.portal.url() + "/portal/" + slug + "/apis/" + slice.apiId() + "/prod";
    browser.viewport(1280, 1000);
    browser.open(apiPage);
    browser.waitForText("Sign in to subscribe");
    browser.click(By.id("sign-in"));
    browser.signIn("bob", Keycloak.DEMO_PASSWORD);
    browser.acceptTermsIfAsked();
    browser.waitForText("My keys");
    assertThat(browser.currentUrl()).isEqualTo(apiPage);
    assertThat(browser.text(By.id("signed-in-as"))).isNotBlank();

    browser.click(subscribe("Gold"));
    browser.waitForText("Copy your key now");
    String key = browser.text(By.id("new-key"));
    assertThat(key).startsWith("tpk_");
    assertThat(browser.text(By.id("new-key-status"))).startsWith("Active now");
    assertThat(browser.text(By.id("plans"))).contains("Active");
    browser.screenshot("30-portal-subscribed-key-once-desktop");

    awaitStatus(slice.invokeUrl(), key, 200);

    String keysPage = env.portal.url() + "/portal/" + slug + "/keys";
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              browser.open(keysPage);
              browser.waitForText("My keys");
              assertThat(browser.text(By.cssSelector(".sub-today"))).isNotEqualTo("0");
            });
    assertThat(browser.text(By.cssSelector(".sub-plan"))).isEqualTo("Gold");
    assertThat(browser.text(By.cssSelector(".sub-status"))).isEqualTo("Active");
    String shown = browser.text(By.cssSelector(".sub-key"));
    assertThat(shown).endsWith("…").hasSizeGreaterThan(5);
    assertThat(key).startsWith(shown.substring(0, shown.length() - 1));
    assertThat(browser.text(By.cssSelector(".sub-quota")))
        .containsPattern("99\\d of 1,000 requests left this day");
    assertThat(browser.pageText()).doesNotContain(otherPrefix, "Other pets");
    browser.screenshot("31-portal-my-keys-desktop");

    // Rotating shows the new key once; the old one keeps working through the overlap.
    browser.click(By.cssSelector(".rotate-button"));
    browser.waitForText("Copy your new key now");
    assertThat(browser.text(By.id("new-key-box"))).contains("keeps working for 24 hours");
    String rotated = browser.text(By.id("new-key"));
    assertThat(rotated).startsWith("tpk_").isNotEqualTo(key);
    browser.screenshot("34-portal-key-rotated-desktop");
    awaitStatus(slice.invokeUrl(), rotated, 200);
    assertThat(Http.get(slice.invokeUrl() + "/pets", "x-api-key", key).statusCode()).isEqualTo(200);

    // A plan that needs approval: the subscription waits, and says so on both pages.
    browser.open(apiPage);
    browser.click(subscribe("Partner"));
    browser.waitForText("Copy your key now");
    assertThat(browser.text(By.id("new-key-status"))).startsWith("Pending approval");
    String pendingKey = browser.text(By.id("new-key"));
    assertThat(Http.get(slice.invokeUrl() + "/pets", "x-api-key", pendingKey).statusCode())
        .isEqualTo(403);
    browser.open(keysPage);
    browser.waitForText("Pending approval");
    assertThat(browser.pageText()).doesNotContain(otherPrefix, "Other pets");
    browser.viewport(390, 844);
    browser.open(keysPage);
    browser.waitForText("left this day");
    browser.screenshot("32-portal-my-keys-phone");
    browser.open(apiPage);
    browser.waitForText("My keys");
    browser.screenshot("33-portal-api-signed-in-phone");
    browser.viewport(1280, 1000);
  }

  static By subscribe(String plan) {
    return By.xpath(
        "//div[contains(@class,'dp-plan')][h3='"
            + plan
            + "']//input[contains(@class,'subscribe-button')]");
  }

  static void awaitStatus(String invokeUrl, String key, int status) {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(Http.get(invokeUrl + "/pets", "x-api-key", key).statusCode())
                    .isEqualTo(status));
  }

  /** A tenant with a published pets API (stage prod) and its auto-approved Gold plan. */
  static Slice publish(ManagementApi alice, PetsBackend backend, String slug, String description) {
    Slice slice = Slice.create(alice, backend, slug);
    assertThat(
            alice
                .putJson(
                    "/tenants/"
                        + slice.tenantId()
                        + "/apis/"
                        + slice.apiId()
                        + "/stages/prod/publication",
                    "{\"description\":\"" + description + "\"}")
                .statusCode())
        .isEqualTo(200);
    return slice;
  }
}
