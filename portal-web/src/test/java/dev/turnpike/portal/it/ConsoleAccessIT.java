package dev.turnpike.portal.it;

import static dev.turnpike.portal.it.Management.ok;
import static dev.turnpike.portal.it.Management.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The console's Members and Access tokens sections in headless Chromium: an owner invites a person,
 * that person joins by signing in to the console, and a token is shown once, works, and stops
 * working when revoked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleAccessIT {
  private TestEnvironment env;
  private Management alice;
  private Browser browser;
  private String tenantId;
  private String tenantPage;

  @BeforeAll
  void start() {
    env = TestEnvironment.get();
    alice = Management.as(env, "alice");
    tenantId = alice.newTenant("console-iam");
    tenantPage = env.portal.url() + "/console/tenant.xhtml?t=" + tenantId;
    browser = new Browser(env.artifacts.resolve("screenshots"));
    browser.open(env.portal.url() + "/console/index.xhtml");
    browser.signIn("alice", Keycloak.DEMO_PASSWORD);
    browser.waitForText("Your tenants");
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void an_owner_invites_and_the_person_joins_by_signing_in_to_the_console() {
    browser.open(tenantPage);
    browser.type(By.id("invite:inviteEmail"), MembersIT.CAROL);
    browser.select(By.id("invite:inviteRole"), "PUBLISHER");
    browser.click(By.id("invite:inviteButton"));
    browser.waitForText("Invited " + MembersIT.CAROL + " as PUBLISHER");
    assertThat(browser.text(By.id("members-section")))
        .contains(MembersIT.CAROL)
        .contains("invited");
    browser.show(By.id("members-section"));
    browser.screenshot("iam-01-invited");

    try (Browser carol = new Browser(env.artifacts.resolve("screenshots"))) {
      carol.open(env.portal.url() + "/console/index.xhtml");
      carol.signIn("carol", Keycloak.DEMO_PASSWORD);
      carol.waitForText("Your tenants");
      assertThat(carol.pageText()).contains("console-iam");
      carol.open(tenantPage);
      carol.waitForText("Members");
      carol.show(By.id("members-section"));
      carol.screenshot("iam-02-invitee-joined");
    }
    browser.open(tenantPage);
    assertThat(browser.text(By.id("members-section"))).doesNotContain("invited");
  }

  @Test
  @Order(2)
  void a_token_is_shown_once_works_and_stops_working_when_revoked() {
    browser.open(tenantPage);
    browser.type(By.id("token:tokenName"), "deploy-bot");
    browser.select(By.id("token:tokenRole"), "VIEWER");
    browser.click(By.id("token:createToken"));
    String value = browser.text(By.id("new-token-value"));
    assertThat(value).startsWith("tpat_");
    browser.show(By.id("new-token"));
    browser.screenshot("iam-03-token-shown-once");

    Management bot = alice.withToken(value);
    JsonNode tenant = ok(bot.get("/tenants/" + tenantId), 200);
    assertThat(tenant.get("yourRole").asText()).isEqualTo("VIEWER");

    browser.open(tenantPage);
    assertThat(browser.pageText()).doesNotContain(value).contains(value.substring(0, 13));
    browser.click(By.cssSelector(".token-revoke"));
    browser.waitForText("Revoked token " + value.substring(0, 13));
    assertThat(browser.text(By.cssSelector(".token-status"))).isEqualTo("revoked");
    browser.show(By.id("tokens-section"));
    browser.screenshot("iam-04-token-revoked");
    refused(bot.get("/tenants/" + tenantId), 401, "revoked");
  }
}
