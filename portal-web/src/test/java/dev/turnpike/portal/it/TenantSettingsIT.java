package dev.turnpike.portal.it;

import static dev.turnpike.portal.it.Management.ok;
import static dev.turnpike.portal.it.Management.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tenant settings, ETag/If-Match optimistic locking and the served OpenAPI document, over the real
 * management API; the tenant throttle is checked where it matters, on the bundled gateway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantSettingsIT {
  private TestEnvironment env;
  private Management alice;
  private PetsBackend backend;

  @BeforeAll
  void start() {
    env = TestEnvironment.get();
    alice = Management.as(env, "alice");
    backend = new PetsBackend();
  }

  @AfterAll
  void stop() {
    backend.close();
  }

  @Test
  void name_and_slug_change_and_a_taken_or_bad_slug_is_refused() {
    String t = alice.newTenant("settings");
    String slug = "renamed-" + Long.toString(System.nanoTime(), 36);
    JsonNode changed =
        ok(
            alice.patch("/tenants/" + t, "{\"displayName\":\"Renamed\",\"slug\":\"" + slug + "\"}"),
            200);
    assertThat(changed.get("displayName").asText()).isEqualTo("Renamed");
    assertThat(changed.get("slug").asText()).isEqualTo(slug);
    assertThat(changed.get("throttleRate").asDouble()).as("kept").isEqualTo(10000.0);

    String other = alice.newTenant("settings2");
    JsonNode taken =
        refused(alice.patch("/tenants/" + other, "{\"slug\":\"" + slug + "\"}"), 409, slug);
    assertThat(taken.get("details").get(0).get("location").asText()).isEqualTo("slug");
    refused(alice.patch("/tenants/" + other, "{\"slug\":\"Bad Slug\"}"), 400, "slug");
    refused(alice.patch("/tenants/" + other, "{\"slug\":\"ab\"}"), 400, "slug");
    refused(alice.patch("/tenants/" + other, "{\"throttleRate\":20000}"), 400, "throttleRate");
    refused(alice.patch("/tenants/" + other, "{\"throttleBurst\":-1}"), 400, "throttleBurst");
  }

  @Test
  void a_change_with_a_stale_if_match_is_412_and_without_one_the_last_write_wins() {
    String t = alice.newTenant("etag");
    HttpResponse<String> read = alice.get("/tenants/" + t);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> first =
        alice.patch("/tenants/" + t, "{\"displayName\":\"First\"}", "If-Match", etag);
    ok(first, 200);
    String next = first.headers().firstValue("ETag").orElseThrow();
    assertThat(next).as("a change answers with the new ETag").isNotEqualTo(etag);
    assertThat(alice.get("/tenants/" + t).headers().firstValue("ETag")).contains(next);
    JsonNode stale =
        refused(
            alice.patch("/tenants/" + t, "{\"displayName\":\"Second\"}", "If-Match", etag),
            412,
            "changed since you read it");
    assertThat(stale.get("message").asText()).contains("If-Match");
    ok(alice.patch("/tenants/" + t, "{\"displayName\":\"Third\"}"), 200);
    String fresh = alice.get("/tenants/" + t).headers().firstValue("ETag").orElseThrow();
    assertThat(fresh).isNotEqualTo(etag);
    ok(alice.patch("/tenants/" + t, "{\"displayName\":\"Fourth\"}", "If-Match", fresh), 200);

    String members = "/tenants/" + t + "/members/";
    String invited = alice.invite(t, "etag@example.com", "VIEWER");
    String memberTag = alice.get(members + invited).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> promoted =
        alice.patch(members + invited, "{\"role\":\"PUBLISHER\"}", "If-Match", memberTag);
    ok(promoted, 200);
    String promotedTag = promoted.headers().firstValue("ETag").orElseThrow();
    ok(alice.patch(members + invited, "{\"role\":\"ADMIN\"}", "If-Match", promotedTag), 200);
    refused(alice.delete(members + invited, "If-Match", memberTag), 412, "changed since");
    ok(alice.delete(members + invited, "If-Match", "*"), 204);
  }

  @Test
  void plans_and_stages_carry_etags_and_a_stale_stage_patch_is_412() {
    ManagementApi api = new ManagementApi(env, "alice");
    Slice slice = Slice.create(api, backend, "etags-" + Long.toString(System.nanoTime(), 36));
    HttpResponse<String> plan =
        alice.get("/tenants/" + slice.tenantId() + "/usage-plans/" + slice.planId());
    assertThat(plan.headers().firstValue("ETag")).isPresent();
    assertThat(Http.json(plan).get("name").asText()).isEqualTo("Gold");

    String stage = "/tenants/" + slice.tenantId() + "/apis/" + slice.apiId() + "/stages/prod";
    HttpResponse<String> read = alice.get(stage);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    assertThat(Http.json(read).get("name").asText()).isEqualTo("prod");
    ok(alice.patch(stage, "{\"rateLimitHeaders\":true}", "If-Match", etag), 200);
    refused(alice.patch(stage, "{\"rateLimitHeaders\":false}", "If-Match", etag), 412, "Stage");
  }

  @Test
  void the_tenant_throttle_reaches_the_gateway() {
    ManagementApi api = new ManagementApi(env, "alice");
    Slice slice = Slice.create(api, backend, "acct-" + Long.toString(System.nanoTime(), 36));
    String pets = slice.invokeUrl() + "/pets";
    for (int i = 0; i < 10; i++) {
      assertThat(Http.get(pets, "x-api-key", slice.apiKey()).statusCode())
          .as("the plan allows 50/s")
          .isEqualTo(200);
    }
    ok(
        alice.patch("/tenants/" + slice.tenantId(), "{\"throttleRate\":0.2,\"throttleBurst\":1}"),
        200);
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              HttpResponse<String> call = Http.get(pets, "x-api-key", slice.apiKey());
              assertThat(call.statusCode()).isEqualTo(429);
              assertThat(Http.json(call).get("message").asText()).isEqualTo("Too Many Requests");
            });
  }

  @Test
  void the_openapi_document_is_served_without_a_token() {
    HttpResponse<String> doc = Http.get(env.portal.url() + "/management/v1/openapi.yaml");
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.headers().firstValue("Content-Type").orElse("")).contains("yaml");
    assertThat(doc.body())
        .contains("openapi: 3.0.3")
        .contains("/tenants/{tenantId}/members/{memberId}")
        .contains("/tenants/{tenantId}/tokens");
  }
}
