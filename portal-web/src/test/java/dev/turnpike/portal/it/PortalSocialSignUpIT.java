package dev.turnpike.portal.it;

import static dev.turnpike.portal.it.PortalSubscribeIT.awaitStatus;
import static dev.turnpike.portal.it.PortalSubscribeIT.publish;
import static dev.turnpike.portal.it.PortalSubscribeIT.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * A new app developer signs up with "Continue with Google", where Google is a second realm of the
 * test Keycloak ({@link GoogleStandIn}): the portal sends them straight to it ({@code
 * kc_idp_hint}), Keycloak brokers the sign-in and creates the account, the portal creates their
 * profile and shows the terms before anything else; then they subscribe, call the gateway with the
 * key and find the call on My keys, and sign out of the portal and of Keycloak.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSocialSignUpIT extends BrowserScenario {

  @Test
  void gina_signs_up_with_google_accepts_the_terms_subscribes_and_signs_out() {
    ManagementApi alice = new ManagementApi(env, "alice");
    String slug = "social-" + Long.toString(System.nanoTime(), 36);
    Slice slice = publish(alice, backend, slug, "Pets for social people");
    String catalog = env.portal.url() + "/portal/" + slug;
    String apiPage = catalog + "/apis/" + slice.apiId() + "/prod";

    signInChoices(catalog);

    // From the API page, "Continue with Google" skips Keycloak's own page for the stand-in's.
    browser.open(apiPage);
    browser.click(By.id("sign-in"));
    browser.click(By.id("continue-with-google"));
    browser.waitForText("Sign in");
    assertThat(browser.currentUrl()).contains("/realms/" + GoogleStandIn.REALM + "/");
    browser.signIn(GoogleStandIn.USERNAME, GoogleStandIn.PASSWORD);
    reviewProfileIfAsked();

    terms(slug, apiPage);
    browser.click(By.id("accept-terms"));
    browser.waitForText("My keys");
    assertThat(browser.currentUrl()).isEqualTo(apiPage);
    assertThat(browser.text(By.id("signed-in-as"))).isEqualTo("Gina Tester");
    assertProfile("google", "2026-01");

    browser.click(subscribe("Gold"));
    browser.waitForText("Copy your key now");
    String key = browser.text(By.id("new-key"));
    assertThat(key).startsWith("tpk_");
    awaitStatus(slice.invokeUrl(), key, 200);
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              browser.open(catalog + "/keys");
              browser.waitForText("My keys");
              assertThat(browser.text(By.cssSelector(".sub-today"))).isEqualTo("1");
            });
    assertThat(browser.text(By.cssSelector(".sub-plan"))).isEqualTo("Gold");

    signOut(catalog);
  }

  /** The choices: Google (configured), not Facebook (not configured), e-mail and password. */
  private void signInChoices(String catalog) {
    browser.viewport(1280, 1000);
    browser.open(catalog);
    browser.click(By.id("sign-in"));
    browser.waitForText("Continue with Google");
    assertThat(browser.has(By.id("continue-with-google"))).isTrue();
    assertThat(browser.has(By.id("continue-with-facebook"))).isFalse();
    assertThat(browser.text(By.id("signin-password"))).contains("E-mail and password");
    browser.screenshot("50-portal-sign-in-choices-desktop");
    browser.viewport(390, 844);
    browser.open(browser.currentUrl());
    browser.waitForText("Continue with Google");
    browser.screenshot("51-portal-sign-in-choices-phone");
    browser.viewport(1280, 1000);
  }

  /** Keycloak's first broker login asks only for what the provider did not say; fill it if so. */
  private void reviewProfileIfAsked() {
    try {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> browser.has(By.id("accept-terms")) || browser.has(By.id("firstName")));
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      browser.screenshot("59-social-sign-up-stuck-desktop");
      throw new AssertionError(
          "Neither the terms nor Keycloak's profile review after signing in with Google; at "
              + browser.currentUrl()
              + ": "
              + browser.pageText(),
          e);
    }
    if (browser.has(By.id("firstName"))) {
      browser.screenshot("54-keycloak-first-broker-login-desktop");
      browser.click(By.cssSelector("input[type=submit], button[type=submit]"));
    }
  }

  /** The terms come first: the API page itself sends a developer who has not accepted them back. */
  private void terms(String slug, String apiPage) {
    browser.waitForText("Terms of use");
    assertThat(browser.currentUrl()).contains("/portal/" + slug + "/terms?from=apis");
    assertThat(browser.text(By.id("terms-version"))).isEqualTo("2026-01");
    assertProfile("google", null);
    browser.screenshot("52-portal-terms-desktop");
    browser.viewport(390, 844);
    browser.open(apiPage);
    browser.waitForText("I accept these terms");
    assertThat(browser.currentUrl()).contains("/portal/" + slug + "/terms");
    browser.screenshot("53-portal-terms-phone");
    browser.viewport(1280, 1000);
  }

  /** Signing out ends the Keycloak session too: signing in again asks for the password. */
  private void signOut(String catalog) {
    browser.click(By.id("sign-out"));
    browser.waitForText("Sign in");
    assertThat(browser.currentUrl()).isEqualTo(catalog);
    assertThat(browser.has(By.id("signed-in-as"))).isFalse();
    browser.open(catalog + "/signin?with=password");
    browser.waitForText("Sign in");
    assertThat(browser.currentUrl()).contains("/realms/turnpike/");
    assertThat(browser.has(By.id("username"))).isTrue();
  }

  private static void assertProfile(String provider, String termsVersion) {
    try (Connection db =
            DriverManager.getConnection(
                TestDatabase.url(), TestDatabase.USER, TestDatabase.PASSWORD);
        PreparedStatement query =
            db.prepareStatement(
                "select identity_provider, terms_version, terms_accepted_at, display_name"
                    + " from developer_profile where email = ?")) {
      query.setString(1, GoogleStandIn.EMAIL);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("a profile for " + GoogleStandIn.EMAIL).isTrue();
        assertThat(row.getString("identity_provider")).isEqualTo(provider);
        assertThat(row.getString("terms_version")).isEqualTo(termsVersion);
        assertThat(row.getObject("terms_accepted_at") != null).isEqualTo(termsVersion != null);
        assertThat(row.getString("display_name")).isEqualTo("Gina Tester");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
