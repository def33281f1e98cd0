package dev.turnpike.portal.it;

import static dev.turnpike.portal.it.Management.ok;
import static dev.turnpike.portal.it.Management.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Personal access tokens over the real management API: a token acts in its tenant only, with its
 * role capped by its creator's current role, never mints a stronger token, and stops working the
 * moment it is revoked or expires.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTokensIT {
  private Management alice;
  private Management carol;
  private String tenant;

  /** A tenant of carol's where alice is a member too: a token of alice's must not reach it. */
  private String other;

  @BeforeAll
  void start() {
    TestEnvironment env = TestEnvironment.get();
    alice = Management.as(env, "alice");
    carol = Management.as(env, "carol");
    tenant = alice.newTenant("pat");
    other = carol.newTenant("pat-other");
    carol.invite(other, MembersIT.ALICE, "OWNER");
    ok(alice.get("/tenants/" + other), 200);
  }

  @Test
  void a_token_is_shown_once_listed_without_its_value_and_acts_in_its_tenant_with_its_role() {
    JsonNode created = create(alice, tenant, "ci", "PUBLISHER", 7);
    String value = created.get("value").asText();
    assertThat(value).startsWith("tpat_").hasSizeGreaterThan(40);
    assertThat(created.get("token").get("prefix").asText()).isEqualTo(value.substring(0, 13));

    HttpResponse<String> listed = alice.get("/tenants/" + tenant + "/tokens");
    assertThat(listed.body())
        .doesNotContain(value)
        .contains(created.get("token").get("id").asText());

    Management pat = alice.withToken(value);
    assertThat(ok(pat.get("/tenants"), 200).findValuesAsText("id")).containsExactly(tenant);
    ok(pat.get("/tenants/" + tenant + "/apis"), 200);
    refused(
        pat.post("/tenants/" + tenant + "/usage-plans", "{\"name\":\"Gold\"}"),
        403,
        "access token acts as PUBLISHER");
    refused(pat.post("/tenants", "{\"displayName\":\"X\",\"slug\":\"pat-x\"}"), 403, "");
    refused(pat.get("/tenants/" + other), 404, other);
    refused(pat.get("/tenants/" + other + "/apis"), 404, other);
    String id = created.get("token").get("id").asText();
    for (JsonNode token : ok(alice.get("/tenants/" + tenant + "/tokens"), 200)) {
      if (token.get("id").asText().equals(id)) {
        assertThat(token.get("lastUsedAt").isNull()).as("last used is recorded").isFalse();
      }
    }
  }

  @Test
  void a_token_cannot_create_a_stronger_token() {
    Management viewer =
        alice.withToken(create(alice, tenant, "ro", "VIEWER", 1).get("value").asText());
    JsonNode refusal =
        refused(
            viewer.post("/tenants/" + tenant + "/tokens", "{\"name\":\"up\",\"role\":\"ADMIN\"}"),
            403,
            "ADMIN");
    assertThat(refusal.get("details").get(0).get("location").asText()).isEqualTo("role");
    JsonNode same = ok(viewer.post("/tenants/" + tenant + "/tokens", "{\"name\":\"same\"}"), 201);
    assertThat(same.get("token").get("role").asText()).isEqualTo("VIEWER");
  }

  @Test
  void a_token_loses_power_with_its_creator() {
    String t = alice.newTenant("pat-cap");
    String carolId = alice.invite(t, MembersIT.CAROL, "ADMIN");
    ok(carol.get("/tenants/" + t), 200);
    Management carols =
        carol.withToken(create(carol, t, "admin", "ADMIN", 3).get("value").asText());
    ok(carols.post("/tenants/" + t + "/members", "{\"email\":\"a1@example.com\"}"), 201);

    ok(alice.patch("/tenants/" + t + "/members/" + carolId, "{\"role\":\"VIEWER\"}"), 200);
    refused(
        carols.post("/tenants/" + t + "/members", "{\"email\":\"a2@example.com\"}"), 403, "VIEWER");
    ok(alice.delete("/tenants/" + t + "/members/" + carolId), 204);
    refused(carols.get("/tenants/" + t + "/members"), 404, t);
  }

  @Test
  void revoked_and_expired_tokens_are_401_and_bad_requests_are_400()
      throws SQLException, IOException {
    JsonNode created = create(alice, tenant, "short", "VIEWER", 1);
    Management pat = alice.withToken(created.get("value").asText());
    ok(pat.get("/tenants/" + tenant), 200);
    String id = created.get("token").get("id").asText();
    JsonNode revoked = ok(alice.delete("/tenants/" + tenant + "/tokens/" + id), 200);
    assertThat(revoked.get("status").asText()).isEqualTo("revoked");
    refused(pat.get("/tenants/" + tenant), 401, "revoked");

    JsonNode expiring = create(alice, tenant, "expiring", "VIEWER", 1);
    Management soon = alice.withToken(expiring.get("value").asText());
    ok(soon.get("/tenants/" + tenant), 200);
    expireInDatabase(expiring.get("token").get("id").asText());
    refused(soon.get("/tenants/" + tenant), 401, "expired");
    refused(alice.withToken("tpat_aaaaaaaa.nope").get("/tenants"), 401, "invalid");

    String tokens = "/tenants/" + tenant + "/tokens";
    refused(alice.post(tokens, "{\"name\":\"x\",\"expiresInDays\":366}"), 400, "expiresInDays");
    refused(alice.post(tokens, "{\"name\":\"x\",\"expiresInDays\":0}"), 400, "expiresInDays");
    refused(alice.post(tokens, "{\"role\":\"VIEWER\"}"), 400, "name");
    refused(alice.post(tokens, "{\"name\":\"x\",\"role\":\"ROOT\"}"), 400, "role");
  }

  @Test
  void another_tenants_tokens_are_not_found_on_every_token_endpoint() {
    String theirs = carol.newTenant("pat-theirs");
    String theirToken = create(carol, theirs, "theirs", "OWNER", 1).get("token").get("id").asText();
    String path = "/tenants/" + theirs + "/tokens";
    List<HttpResponse<String>> outside =
        List.of(
            alice.get(path),
            alice.post(path, "{\"name\":\"x\"}"),
            alice.delete(path + "/" + theirToken),
            alice.delete("/tenants/" + tenant + "/tokens/" + theirToken));
    for (HttpResponse<String> response : outside) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    }
    assertThat(ok(carol.get(path), 200).get(0).get("status").asText()).isEqualTo("active");
  }

  private static JsonNode create(Management as, String t, String name, String role, int days) {
    return ok(
        as.post(
            "/tenants/" + t + "/tokens",
            "{\"name\":\"%s\",\"role\":\"%s\",\"expiresInDays\":%d}".formatted(name, role, days)),
        201);
  }

  /** Waiting a day is no test: the row's expiry is moved into the past instead. */
  private static void expireInDatabase(String tokenId) throws SQLException, IOException {
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:postgresql://" + TestDatabase.HOST + "/" + TestDatabase.NAME,
                TestDatabase.USER,
                TestDatabase.PASSWORD);
        PreparedStatement update =
            db.prepareStatement("UPDATE access_token SET expires_at = ? WHERE id = ?")) {
      update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
      update.setString(2, tokenId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
