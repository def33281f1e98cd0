package dev.turnpike.portal.it;

import static dev.turnpike.portal.it.Management.ok;
import static dev.turnpike.portal.it.Management.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Members and invitations over the real management API: an invitation becomes a membership when the
 * person calls with a verified e-mail, each role is refused what it may not do, the last owner
 * stays, and another tenant's ids are "not found" everywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersIT {
  static final String ALICE = "alice@demo.turnpike.dev";
  static final String CAROL = "carol@demo.turnpike.dev";
  static final String BOB = "bob@demo.turnpike.dev";
  static final String OPS = "ops@demo.turnpike.dev";

  private Management alice;
  private Management carol;
  private Management bob;
  private Management ops;
  private Management dave;

  /** Alice owns it; carol is ADMIN, ops PUBLISHER, bob VIEWER (all claimed). */
  private String tenant;

  private String aliceId;
  private String bobId;
  private String opsId;

  @BeforeAll
  void start() {
    TestEnvironment env = TestEnvironment.get();
    alice = Management.as(env, "alice");
    carol = Management.as(env, "carol");
    bob = Management.as(env, "bob");
    ops = Management.as(env, "ops");
    dave = Management.as(env, "dave");
    tenant = alice.newTenant("team");
    alice.invite(tenant, CAROL, "ADMIN");
    bobId = alice.invite(tenant, BOB, "VIEWER");
    opsId = alice.invite(tenant, OPS, "PUBLISHER");
    for (Management person : List.of(carol, bob, ops)) {
      ok(person.get("/tenants/" + tenant), 200);
    }
    aliceId = memberId(tenant, ALICE);
  }

  @Test
  void an_invitation_waits_until_the_person_calls_with_a_verified_e_mail() {
    String t = alice.newTenant("invite");
    String carolId = alice.invite(t, CAROL.toUpperCase(), "PUBLISHER");
    JsonNode invited = ok(alice.get("/tenants/" + t + "/members/" + carolId), 200);
    assertThat(invited.get("status").asText()).isEqualTo("invited");
    assertThat(invited.get("email").asText()).isEqualTo(CAROL);

    JsonNode joined = ok(carol.get("/tenants/" + t), 200);
    assertThat(joined.get("yourRole").asText()).isEqualTo("PUBLISHER");
    assertThat(ok(carol.get("/tenants"), 200).findValuesAsText("id")).contains(t);
    assertThat(ok(alice.get("/tenants/" + t + "/members/" + carolId), 200).get("status").asText())
        .isEqualTo("active");

    String daveId = alice.invite(t, "dave@demo.turnpike.dev", "VIEWER");
    refused(dave.get("/tenants/" + t), 404, t);
    assertThat(ok(alice.get("/tenants/" + t + "/members/" + daveId), 200).get("status").asText())
        .as("an unverified e-mail claims nothing")
        .isEqualTo("invited");
  }

  @Test
  void bad_and_duplicate_invitations_are_refused() {
    JsonNode bad =
        refused(
            alice.post("/tenants/" + tenant + "/members", "{\"email\":\"not-an-address\"}"),
            400,
            "email");
    assertThat(bad.get("details").get(0).get("location").asText()).isEqualTo("email");
    refused(
        alice.post(
            "/tenants/" + tenant + "/members", "{\"email\":\"x@example.com\",\"role\":\"KING\"}"),
        400,
        "role");
    refused(
        alice.post("/tenants/" + tenant + "/members", "{\"email\":\"" + BOB + "\"}"),
        409,
        "already a member");
    String t = alice.newTenant("dup");
    alice.invite(t, "new.person@example.com", "VIEWER");
    refused(
        alice.post("/tenants/" + t + "/members", "{\"email\":\"New.Person@example.com\"}"),
        409,
        "already");
  }

  @Test
  void viewers_and_publishers_cannot_manage_members_or_settings() {
    String members = "/tenants/" + tenant + "/members";
    for (Management weak : List.of(bob, ops)) {
      assertThat(ok(weak.get(members), 200)).hasSizeGreaterThanOrEqualTo(4);
      refused(weak.post(members, "{\"email\":\"z@example.com\"}"), 403, "ADMIN or higher");
      refused(weak.patch(members + "/" + bobId, "{\"role\":\"PUBLISHER\"}"), 403, "ADMIN");
      refused(weak.delete(members + "/" + aliceId), 403, "ADMIN");
      refused(weak.patch("/tenants/" + tenant, "{\"displayName\":\"Mine\"}"), 403, "ADMIN");
    }
    refused(bob.patch(members + "/" + opsId, "{\"role\":\"VIEWER\"}"), 403, "VIEWER");
  }

  @Test
  void an_admin_manages_up_to_admin_but_never_owners() {
    String members = "/tenants/" + tenant + "/members";
    refused(
        carol.post(members, "{\"email\":\"boss@example.com\",\"role\":\"OWNER\"}"), 403, "OWNER");
    refused(carol.patch(members + "/" + aliceId, "{\"role\":\"VIEWER\"}"), 403, "OWNER");
    refused(carol.delete(members + "/" + aliceId), 403, "OWNER");
    refused(carol.patch(members + "/" + bobId, "{\"role\":\"OWNER\"}"), 403, "OWNER");
    String invited = carol.invite(tenant, "helper@example.com", "ADMIN");
    ok(carol.delete(members + "/" + invited), 204);
    refused(alice.get(members + "/" + invited), 404, invited);
  }

  @Test
  void the_last_owner_cannot_be_demoted_or_leave_until_there_is_another() {
    String t = alice.newTenant("owners");
    String members = "/tenants/" + t + "/members";
    String me = memberId(t, ALICE);
    refused(alice.patch(members + "/" + me, "{\"role\":\"ADMIN\"}"), 409, "last owner");
    refused(alice.delete(members + "/" + me), 409, "last owner");

    String carolId = alice.invite(t, CAROL, "OWNER");
    refused(alice.delete(members + "/" + me), 409, "last owner"); // an invitation is no owner yet
    ok(carol.get("/tenants/" + t), 200);
    ok(alice.patch(members + "/" + me, "{\"role\":\"VIEWER\"}"), 200);
    refused(carol.delete(members + "/" + carolId), 409, "last owner");
    ok(carol.delete(members + "/" + me), 204);
    refused(alice.get("/tenants/" + t), 404, t);
  }

  @Test
  void two_owners_demoting_each_other_at_once_never_leave_the_tenant_without_an_owner()
      throws Exception {
    for (int round = 0; round < 5; round++) {
      String t = alice.newTenant("race");
      String carolId = alice.invite(t, CAROL, "OWNER");
      ok(carol.get("/tenants/" + t), 200);
      String aliceMember = memberId(t, ALICE);
      String members = "/tenants/" + t + "/members/";
      var demoteCarol =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> alice.patch(members + carolId, "{\"role\":\"ADMIN\"}"));
      var demoteAlice =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> carol.patch(members + aliceMember, "{\"role\":\"ADMIN\"}"));
      List<Integer> statuses =
          List.of(demoteCarol.get().statusCode(), demoteAlice.get().statusCode());
      // Refused as a collision (409) when truly at once, or as an admin touching an owner (403).
      assertThat(statuses).as("one wins, the other is refused").containsOnlyOnce(200);
      assertThat(statuses).containsAnyOf(403, 409);
      assertThat(ok(carol.get("/tenants/" + t + "/members"), 200).findValuesAsText("role"))
          .contains("OWNER");
    }
  }

  @Test
  void anyone_may_leave() {
    String t = alice.newTenant("leave");
    alice.invite(t, BOB, "VIEWER");
    ok(bob.get("/tenants/" + t), 200);
    ok(bob.delete("/tenants/" + t + "/members/" + memberId(t, BOB)), 204);
    refused(bob.get("/tenants/" + t), 404, t);
  }

  @Test
  void another_tenants_members_are_not_found_on_every_member_endpoint() {
    String theirs = carol.newTenant("theirs");
    String theirMember = memberId(theirs, CAROL, carol);
    String path = "/tenants/" + theirs + "/members";
    List<HttpResponse<String>> outside =
        List.of(
            alice.get(path),
            alice.post(path, "{\"email\":\"x@example.com\"}"),
            alice.get(path + "/" + theirMember),
            alice.patch(path + "/" + theirMember, "{\"role\":\"VIEWER\"}"),
            alice.delete(path + "/" + theirMember),
            // their member id under a tenant alice owns
            alice.get("/tenants/" + tenant + "/members/" + theirMember),
            alice.patch("/tenants/" + tenant + "/members/" + theirMember, "{\"role\":\"VIEWER\"}"),
            alice.delete("/tenants/" + tenant + "/members/" + theirMember),
            dave.get("/tenants/" + tenant + "/members"));
    for (HttpResponse<String> response : outside) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
      assertThat(response.body()).doesNotContain(CAROL);
    }
    assertThat(ok(carol.get(path), 200).findValuesAsText("email")).containsExactly(CAROL);
  }

  private String memberId(String tenantId, String email) {
    return memberId(tenantId, email, alice);
  }

  private static String memberId(String tenantId, String email, Management as) {
    for (JsonNode m : ok(as.get("/tenants/" + tenantId + "/members"), 200)) {
      if (m.get("email").asText().equals(email)) {
        return m.get("id").asText();
      }
    }
    throw new AssertionError(email + " is not a member of " + tenantId);
  }
}
