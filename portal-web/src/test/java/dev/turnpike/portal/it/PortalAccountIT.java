package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;

/**
 * An app developer's own corner of the portal, in one story (headless Chromium, real Keycloak, the
 * bundled gateway): the inbox tells them of a rejection and an approval in this tenant's portal
 * only; they name a key (bad names refused over REST and in the page); the throttled count shows
 * the 429s they provoked; and deleting the account revokes their keys in every tenant, keeps the
 * publisher's usage numbers but not their e-mail, and removes them from Keycloak. The person is
 * made for this test, so deleting them takes nothing from the other tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalAccountIT extends BrowserScenario {
  private final String run = Long.toString(System.nanoTime(), 36);
  private final String carl = "carl-" + run;
  private String email;
  private ManagementApi alice;
  private ManagementApi carlApi;
  private Slice a;
  private Slice b;
  private String slugA;
  private String slugB;
  private String tinySubscription;
  private String tinyKeyId;
  private String tinyKey;
  private String keyInB;
  private long throttledCalls;

  @BeforeAll
  void twoPortalsAndANewDeveloper() {
    alice = new ManagementApi(env, "alice");
    email = KeycloakUsers.create(env, carl, "Carl");
    assertThat(KeycloakUsers.signIn(env, carl).statusCode()).isEqualTo(200);
    carlApi = new ManagementApi(env, carl);
    slugA = "acct-a-" + run;
    slugB = "acct-b-" + run;
    a = publish(slugA);
    b = publish(slugB);
  }

  @Test
  @Order(1)
  void the_inbox_tells_of_a_rejection_and_an_approval_in_this_portal_only() {
    String partnerA = plan(a, "Partner", "APPROVAL_REQUIRED", 20);
    String first = subscribe(a, partnerA).get("subscription").get("id").asText();
    decide(a, first, "reject", "{\"reason\":\"Tell us your use case first.\"}");
    String second = subscribe(a, partnerA).get("subscription").get("id").asText();
    decide(a, second, "approve", "");
    String partnerB = plan(b, "Partner", "APPROVAL_REQUIRED", 20);
    JsonNode inB = subscribe(b, partnerB);
    keyInB = inB.get("apiKey").asText();
    decide(b, inB.get("subscription").get("id").asText(), "approve", "");

    browser.viewport(1280, 1000);
    browser.open(portal(slugA) + "/inbox");
    browser.waitForText("Sign in to read your messages");
    browser.click(By.id("sign-in"));
    browser.signIn(carl, Keycloak.DEMO_PASSWORD);
    browser.acceptTermsIfAsked();
    browser.waitForText("Messages from");
    assertThat(browser.currentUrl()).isEqualTo(portal(slugA) + "/inbox");
    assertThat(browser.text(By.id("unread-count"))).isEqualTo("2");
    assertThat(browser.text(By.cssSelector(".message-subject")))
        .isEqualTo("Approved: your subscription to Partner");
    assertThat(browser.pageText())
        .contains("Rejected: your subscription to Partner", "Reason: Tell us your use case first.")
        .contains(slugA + " (prod)")
        .doesNotContain(slugB);
    browser.screenshot("60-portal-inbox-desktop");

    browser.click(By.cssSelector(".mark-read"));
    browser.waitForText("Messages from");
    assertThat(browser.text(By.id("unread-count"))).isEqualTo("1");
    assertThat(browser.findAll(By.cssSelector(".dp-unread"))).isEqualTo(1);

    browser.open(portal(slugB) + "/inbox");
    browser.waitForText("Messages from");
    assertThat(browser.pageText()).contains("Approved: your subscription to Partner");
    assertThat(browser.pageText()).doesNotContain("Rejected", "use case", slugA);
    assertThat(browser.findAll(By.cssSelector(".dp-message"))).isEqualTo(1);
    browser.viewport(390, 844);
    browser.open(portal(slugA) + "/inbox");
    browser.waitForText("Messages from");
    browser.screenshot("61-portal-inbox-phone");
    browser.viewport(1280, 1000);
  }

  @Test
  @Order(2)
  void a_key_is_named_on_my_keys_and_bad_names_are_refused() {
    JsonNode tiny = subscribe(a, plan(a, "Tiny", null, 1));
    tinySubscription = tiny.get("subscription").get("id").asText();
    tinyKeyId = tiny.get("subscription").get("keyId").asText();
    tinyKey = tiny.get("apiKey").asText();
    String path = "/me/subscriptions/" + tinySubscription + "/key-name";
    refused(carlApi.putJson(path, "{\"name\":\"  \"}"), "Invalid name: it is required");
    refused(carlApi.putJson(path, "{\"name\":\"" + "x".repeat(65) + "\"}"), "65 characters");
    refused(carlApi.putJson(path, "{\"name\":\"a\\u0007b\"}"), "unprintable");
    refused(carlApi.putJson(path, "{}"), "Invalid name");
    // Someone else's subscription reads as unknown.
    assertThat(alice.putJson(path, "{\"name\":\"mine now\"}").statusCode()).isEqualTo(404);

    browser.open(portal(slugA) + "/keys");
    browser.waitForText("Tiny");
    By tinyForm = By.xpath("//section[.//h2[text()='Tiny']]");
    browser.type(within(tinyForm, ".key-name-input"), "x".repeat(70));
    browser.click(within(tinyForm, ".name-button"));
    browser.waitForText("Invalid name");
    browser.screenshot("62-portal-key-name-refused-desktop");
    browser.type(within(tinyForm, ".key-name-input"), "staging app");
    browser.click(within(tinyForm, ".name-button"));
    browser.waitForText("is now named 'staging app'");
    assertThat(browser.text(within(tinyForm, ".sub-key-name"))).isEqualTo("staging app");

    JsonNode mine = Http.json(carlApi.get("/me/subscriptions"));
    assertThat(find(mine, "id", tinySubscription).get("keyName").asText()).isEqualTo("staging app");
    JsonNode keys = Http.json(alice.get("/tenants/" + a.tenantId() + "/api-keys"));
    assertThat(find(keys, "id", tinyKeyId).get("name").asText()).isEqualTo("staging app");
  }

  @Test
  @Order(3)
  void the_429s_a_key_provoked_show_as_throttled_on_my_keys_and_in_the_usage_api() {
    await().atMost(Duration.ofSeconds(15)).until(() -> call(tinyKey) == 200);
    sleep(1500); // a full bucket again: rate 1, burst 1
    int ok = 0;
    for (int i = 0; i < 12; i++) {
      int status = call(tinyKey);
      assertThat(status).isIn(200, 429);
      ok += status == 200 ? 1 : 0;
      throttledCalls += status == 429 ? 1 : 0;
    }
    assertThat(throttledCalls).as("a burst of 12 at 1/s is throttled").isGreaterThanOrEqualTo(8);
    assertThat(ok).isGreaterThanOrEqualTo(1);

    String keys = portal(slugA) + "/keys";
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              browser.open(keys);
              browser.waitForText("staging app");
              assertThat(browser.text(tinyThrottled())).isEqualTo(Long.toString(throttledCalls));
            });
    browser.show(By.xpath("//section[.//h2[text()='Tiny']]//div[contains(@class,'dp-chart')]"));
    browser.screenshot("63-portal-my-keys-throttled-desktop");
    JsonNode usage = usageOfTiny();
    assertThat(sum(usage, "throttled")).isEqualTo(throttledCalls);
    assertThat(sum(usage, "requests")).isGreaterThanOrEqualTo(ok);
    browser.viewport(390, 844);
    browser.open(keys);
    browser.waitForText("staging app");
    browser.show(tinyThrottled());
    browser.screenshot("64-portal-my-keys-throttled-phone");
    browser.viewport(1280, 1000);
  }

  @Test
  @Order(4)
  void
      deleting_the_account_revokes_keys_everywhere_keeps_usage_anonymised_and_removes_the_sign_in() {
    await().atMost(Duration.ofSeconds(15)).until(() -> call(keyInB, b) == 200);
    JsonNode before = usageOfTiny();

    browser.open(portal(slugA) + "/account");
    browser.waitForText("Linked sign-ins");
    assertThat(browser.text(By.id("profile-email"))).isEqualTo(email);
    assertThat(browser.text(By.id("profile-username"))).isEqualTo(carl);
    assertThat(browser.text(By.id("profile-name"))).contains("Carl");
    assertThat(browser.text(By.id("no-linked"))).contains("No social sign-in is linked");
    browser.screenshot("65-portal-account-desktop");
    browser.viewport(390, 844);
    browser.open(portal(slugA) + "/account");
    browser.waitForText("Linked sign-ins");
    browser.show(By.id("delete-account"));
    browser.screenshot("66-portal-account-phone");
    browser.viewport(1280, 1000);

    browser.open(portal(slugA) + "/account");
    browser.type(By.id("delete:confirmEmail"), "someone@else.test");
    browser.click(By.id("delete:deleteAccount"));
    browser.waitForText("Invalid confirmEmail");
    browser.screenshot("67-portal-account-delete-refused");
    assertThat(call(keyInB, b)).as("nothing deleted yet").isEqualTo(200);

    browser.type(By.id("delete:confirmEmail"), email.toUpperCase());
    browser.click(By.id("delete:deleteAccount"));
    browser.waitForText("Your account is deleted");
    browser.screenshot("68-portal-account-deleted-desktop");
    browser.viewport(390, 844);
    browser.screenshot("69-portal-account-deleted-phone");
    browser.viewport(1280, 1000);

    await().atMost(Duration.ofSeconds(15)).until(() -> call(tinyKey) == 403);
    await().atMost(Duration.ofSeconds(15)).until(() -> call(keyInB, b) == 403);
    assertThat(KeycloakUsers.exists(env, carl)).as("gone from Keycloak").isFalse();
    HttpResponse<String> signIn = KeycloakUsers.signIn(env, carl);
    assertThat(signIn.statusCode()).as(signIn.body()).isIn(400, 401);
    assertThat(signIn.body()).contains("invalid_grant");
    assertAnonymised(before);
    browser.open(portal(slugA) + "/keys");
    browser.waitForText("Sign in to see your subscriptions");
  }

  /** The publisher's numbers stand, under a pseudonym; the e-mail is nowhere in either tenant. */
  private void assertAnonymised(JsonNode before) {
    JsonNode after = usageOfTiny();
    assertThat(sum(after, "requests")).isEqualTo(sum(before, "requests"));
    assertThat(sum(after, "throttled"))
        .isEqualTo(sum(before, "throttled"))
        .isEqualTo(throttledCalls);
    for (Slice tenant : new Slice[] {a, b}) {
      HttpResponse<String> keys = alice.get("/tenants/" + tenant.tenantId() + "/api-keys");
      HttpResponse<String> subs = alice.get("/tenants/" + tenant.tenantId() + "/subscriptions");
      assertThat(keys.body()).doesNotContainIgnoringCase(email).contains("deleted-developer-");
      assertThat(subs.body()).doesNotContainIgnoringCase(email).doesNotContain("\"ACTIVE\"");
    }
    JsonNode tiny =
        find(Http.json(alice.get("/tenants/" + a.tenantId() + "/api-keys")), "id", tinyKeyId);
    assertThat(tiny.get("status").asText()).isEqualTo("REVOKED");
    assertThat(tiny.get("owner").asText()).startsWith("deleted-developer-");
  }

  private By tinyThrottled() {
    return By.xpath("//section[.//h2[text()='Tiny']]//span[contains(@class,'sub-throttled')]");
  }

  private JsonNode usageOfTiny() {
    HttpResponse<String> usage =
        alice.get("/tenants/" + a.tenantId() + "/api-keys/" + tinyKeyId + "/usage");
    assertThat(usage.statusCode()).as(usage.body()).isEqualTo(200);
    return Http.json(usage);
  }

  private static long sum(JsonNode usage, String field) {
    long total = 0;
    for (JsonNode day : usage.get("days")) {
      total += day.get(field).asLong();
    }
    return total;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode item : array) {
      if (item.get(field).asText().equals(value)) {
        return item;
      }
    }
    throw new AssertionError("No " + field + "=" + value + " in " + array);
  }

  private static By within(By section, String css) {
    return new ByChained(section, By.cssSelector(css));
  }

  private static void refused(HttpResponse<String> response, String inMessage) {
    Management.refused(response, 400, inMessage);
  }

  private int call(String key) {
    return call(key, a);
  }

  private static int call(String key, Slice slice) {
    return Http.get(slice.invokeUrl() + "/pets", "x-api-key", key).statusCode();
  }

  private String portal(String slug) {
    return env.portal.url() + "/portal/" + slug;
  }

  private JsonNode subscribe(Slice slice, String planId) {
    HttpResponse<String> created =
        carlApi.postJson(
            "/tenants/" + slice.tenantId() + "/usage-plans/" + planId + "/subscriptions", "");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created);
  }

  private void decide(Slice slice, String subscriptionId, String decision, String body) {
    HttpResponse<String> decided =
        alice.postJson(
            "/tenants/" + slice.tenantId() + "/subscriptions/" + subscriptionId + "/" + decision,
            body);
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
  }

  private String plan(Slice slice, String name, String approval, int rate) {
    HttpResponse<String> plan =
        alice.postJson(
            "/tenants/" + slice.tenantId() + "/usage-plans",
            """
            {"name":"%s","throttleRate":%d,"throttleBurst":%d,%s
             "apiStages":[{"apiId":"%s","stage":"prod"}]}
            """
                .formatted(
                    name,
                    rate,
                    rate,
                    approval == null ? "" : "\"approvalMode\":\"" + approval + "\",",
                    slice.apiId()));
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
    return Http.json(plan).get("id").asText();
  }

  private Slice publish(String slug) {
    Slice slice = Slice.create(alice, backend, slug);
    HttpResponse<String> published =
        alice.putJson(
            "/tenants/" + slice.tenantId() + "/apis/" + slice.apiId() + "/stages/prod/publication",
            "{\"description\":\"Pets of " + slug + "\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return slice;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
