package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The management API's refusals: each a JSON {message, details} with the right status. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementApiIT {
  private TestEnvironment env;
  private ManagementApi alice;
  private PetsBackend backend;
  private String tenantId;

  @BeforeAll
  void start() {
    env = TestEnvironment.get();
    alice = new ManagementApi(env, "alice");
    backend = new PetsBackend();
    String slug = "mgmt-" + Long.toString(System.nanoTime(), 36);
    HttpResponse<String> created =
        alice.postJson("/tenants", "{\"displayName\":\"Mgmt\",\"slug\":\"" + slug + "\"}");
    tenantId = Http.json(created).get("id").asText();
  }

  @AfterAll
  void stop() {
    backend.close();
  }

  @Test
  void a_call_without_a_valid_bearer_token_is_401_with_a_hint() {
    HttpResponse<String> none = Http.get(env.portal.url() + "/management/v1/tenants");
    assertError(none, 401, "Authorization: Bearer");
    HttpResponse<String> forged =
        Http.get(
            env.portal.url() + "/management/v1/tenants",
            "Authorization",
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
    assertError(forged, 401, "invalid or expired");
  }

  @Test
  void a_bad_slug_is_400_naming_the_field() {
    HttpResponse<String> response =
        alice.postJson("/tenants", "{\"displayName\":\"X\",\"slug\":\"Not A Slug!\"}");
    JsonNode body = assertError(response, 400, "slug");
    assertThat(body.get("details").get(0).get("location").asText()).isEqualTo("slug");
  }

  @Test
  void a_taken_slug_is_409() {
    String slug = "dup-" + Long.toString(System.nanoTime(), 36);
    assertThat(
            alice
                .postJson("/tenants", "{\"displayName\":\"A\",\"slug\":\"" + slug + "\"}")
                .statusCode())
        .isEqualTo(201);
    assertError(
        alice.postJson("/tenants", "{\"displayName\":\"B\",\"slug\":\"" + slug + "\"}"), 409, slug);
  }

  @Test
  void malformed_json_is_400_not_a_stack_trace() {
    HttpResponse<String> response = alice.postJson("/tenants", "{\"displayName\": ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.");
    assertThat(Http.json(response).get("message").asText()).isNotBlank();
  }

  @Test
  void a_broken_openapi_document_is_refused_whole_with_json_pointers() {
    String broken =
        """
        openapi: 3.0.3
        info: {title: Broken, version: "1"}
        paths:
          /good:
            get:
              responses: {"200": {description: ok}}
              x-amazon-apigateway-integration: {type: mock, requestTemplates: {application/json: '{"statusCode": 200}'}}
          /missing:
            get:
              responses: {"200": {description: ok}}
        """;
    HttpResponse<String> response =
        alice.post("/tenants/" + tenantId + "/apis", "application/yaml", broken);
    JsonNode body = assertError(response, 422, "nothing was imported");
    assertThat(body.get("details").findValuesAsText("location"))
        .anyMatch(p -> p.startsWith("/paths/~1missing"));
    assertThat(Http.json(alice.get("/tenants/" + tenantId + "/apis"))).isEmpty();
  }

  @Test
  void an_app_developer_cannot_create_a_tenant() {
    ManagementApi bob = new ManagementApi(env, "bob");
    assertError(
        bob.postJson("/tenants", "{\"displayName\":\"Bob\",\"slug\":\"bob-x\"}"),
        403,
        "api-developer");
  }

  @Test
  void unknown_tenants_and_endpoints_are_404() {
    assertError(alice.get("/tenants/nosuchtenant/apis"), 404, "nosuchtenant");
    assertThat(alice.get("/no/such/endpoint").statusCode()).isEqualTo(404);
  }

  @Test
  void standalone_gateways_get_the_snapshot_with_its_version_and_only_key_hashes() {
    Slice slice = Slice.create(alice, backend, "snap-" + Long.toString(System.nanoTime(), 36));
    String url = env.portal.url() + "/internal/v1/gateway-snapshot";
    assertThat(Http.get(url).statusCode()).isEqualTo(401);
    assertThat(Http.get(url, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);

    HttpResponse<String> snapshot = Http.get(url, "Authorization", "Bearer " + Portal.SYNC_TOKEN);
    assertThat(snapshot.statusCode()).isEqualTo(200);
    String etag = snapshot.headers().firstValue("ETag").orElseThrow();
    assertThat(snapshot.body()).contains(slice.apiId()).doesNotContain(slice.apiKey());
    assertThat(etag).isEqualTo("\"" + Http.json(snapshot).get("version").asText() + "\"");

    HttpResponse<String> unchanged =
        Http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + Portal.SYNC_TOKEN)
                .header("If-None-Match", etag)
                .build());
    assertThat(unchanged.statusCode()).isEqualTo(304);
  }

  @Test
  void usage_flushed_twice_counts_once_and_get_usage_reports_it_with_the_quota_left() {
    Slice slice = Slice.create(alice, backend, "use-" + Long.toString(System.nanoTime(), 36));
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    String records =
        """
        [{"keyId":"%s","apiId":"%s","stage":"prod","day":"%s","count":7,"flushId":"%s-a"},
         {"keyId":"%s","apiId":"%s","stage":"prod","day":"%s","count":3,"flushId":"%s-b"}]
        """
            .formatted(
                slice.keyId(),
                slice.apiId(),
                today,
                slice.keyId(),
                slice.keyId(),
                slice.apiId(),
                today,
                slice.keyId());
    for (int delivery = 0; delivery < 2; delivery++) {
      HttpResponse<String> flushed =
          Http.send(
              HttpRequest.newBuilder(URI.create(env.portal.url() + "/internal/v1/usage"))
                  .header("Authorization", "Bearer " + Portal.SYNC_TOKEN)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(records))
                  .build());
      assertThat(flushed.statusCode()).as(flushed.body()).isEqualTo(204);
    }

    JsonNode usage =
        Http.json(
            alice.get(
                "/tenants/"
                    + slice.tenantId()
                    + "/api-keys/"
                    + slice.keyId()
                    + "/usage?from="
                    + today
                    + "&to="
                    + today));
    assertThat(usage.get("days")).hasSize(1);
    assertThat(usage.get("days").get(0).get("requests").asLong()).isEqualTo(10);
    JsonNode quota = usage.get("quotas").get(0);
    assertThat(quota.get("limit").asLong()).isEqualTo(1000);
    assertThat(quota.get("used").asLong()).isEqualTo(10);
    assertThat(quota.get("remaining").asLong()).isEqualTo(990);
  }

  @Test
  void usage_of_another_tenants_key_is_404_and_bad_dates_are_400() {
    Slice slice = Slice.create(alice, backend, "use2-" + Long.toString(System.nanoTime(), 36));
    ManagementApi carol = new ManagementApi(env, "carol");
    assertThat(
            carol
                .get("/tenants/" + slice.tenantId() + "/api-keys/" + slice.keyId() + "/usage")
                .statusCode())
        .isEqualTo(404);
    assertError(
        alice.get(
            "/tenants/"
                + slice.tenantId()
                + "/api-keys/"
                + slice.keyId()
                + "/usage?from=yesterday"),
        400,
        "from");
  }

  @Test
  void a_rotated_key_keeps_working_for_the_overlap_and_the_new_one_works_at_once() {
    Slice slice = Slice.create(alice, backend, "rot-" + Long.toString(System.nanoTime(), 36));
    String keys = "/tenants/" + slice.tenantId() + "/api-keys/";
    HttpResponse<String> rotated =
        alice.postJson(keys + slice.keyId() + "/rotate", "{\"overlapSeconds\":3600}");
    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(201);
    JsonNode created = Http.json(rotated);
    String replacement = created.get("value").asText();
    assertThat(replacement).isNotEqualTo(slice.apiKey());

    assertThat(Http.get(slice.invokeUrl() + "/pets", "x-api-key", replacement).statusCode())
        .isEqualTo(200);
    assertThat(Http.get(slice.invokeUrl() + "/pets", "x-api-key", slice.apiKey()).statusCode())
        .isEqualTo(200);

    String newKeyId = created.get("key").get("id").asText();
    HttpResponse<String> again =
        alice.postJson(keys + newKeyId + "/rotate", "{\"overlapSeconds\":0}");
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(Http.get(slice.invokeUrl() + "/pets", "x-api-key", replacement).statusCode())
        .isEqualTo(403);
    assertError(
        alice.postJson(keys + newKeyId + "/rotate", "{\"overlapSeconds\":-5}"),
        409,
        "revoked or expired");
    assertError(
        alice.postJson(keys + slice.keyId() + "/rotate", "{\"overlapSeconds\":99999999}"),
        400,
        "overlapSeconds");
  }

  @Test
  void a_stage_can_switch_on_ietf_rate_limit_headers_and_get_its_own_throttle() {
    Slice slice = Slice.create(alice, backend, "stg-" + Long.toString(System.nanoTime(), 36));
    String stage = "/tenants/" + slice.tenantId() + "/apis/" + slice.apiId() + "/stages/prod";
    assertThat(
            Http.get(slice.invokeUrl() + "/pets", "x-api-key", slice.apiKey())
                .headers()
                .firstValue("RateLimit-Policy"))
        .isEmpty();

    HttpResponse<String> patched =
        Http.send(
            alice
                .request(stage)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"rateLimitHeaders\":true}"))
                .build());
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    assertThat(Http.json(patched).get("rateLimitHeaders").asBoolean()).isTrue();

    HttpResponse<String> call = Http.get(slice.invokeUrl() + "/pets", "x-api-key", slice.apiKey());
    assertThat(call.statusCode()).isEqualTo(200);
    assertThat(call.headers().firstValue("RateLimit-Policy").orElse(""))
        .contains("\"quota\";q=1000;w=86400");
    assertThat(call.headers().firstValue("RateLimit").orElse("")).contains("\"quota\";r=");

    HttpResponse<String> refused =
        Http.send(
            alice
                .request(stage)
                .header("Content-Type", "application/json")
                .method(
                    "PATCH",
                    HttpRequest.BodyPublishers.ofString(
                        "{\"throttleRate\":-1,\"throttleBurst\":5}"))
                .build());
    assertError(refused, 400, "throttleRate");

    HttpResponse<String> throttleOnly =
        Http.send(
            alice
                .request(stage)
                .header("Content-Type", "application/json")
                .method(
                    "PATCH",
                    HttpRequest.BodyPublishers.ofString(
                        "{\"throttleRate\":100,\"throttleBurst\":50}"))
                .build());
    assertThat(throttleOnly.statusCode()).isEqualTo(200);
    JsonNode settings = Http.json(throttleOnly);
    assertThat(settings.get("throttleRate").asDouble()).isEqualTo(100.0);
    assertThat(settings.get("rateLimitHeaders").asBoolean())
        .as("a PATCH keeps what it omits")
        .isTrue();
  }

  @Test
  void an_api_exports_in_either_flavour_and_the_export_imports_back_to_the_same_methods() {
    String slug = "exp-" + Long.toString(System.nanoTime(), 36);
    Slice slice = Slice.create(alice, backend, slug);
    String export = "/tenants/" + slice.tenantId() + "/apis/" + slice.apiId() + "/export";

    HttpResponse<String> aws = alice.get(export + "?flavour=aws&format=yaml&stage=prod");
    assertThat(aws.statusCode()).as(aws.body()).isEqualTo(200);
    assertThat(aws.headers().firstValue("Content-Type").orElse("")).contains("application/yaml");
    assertThat(aws.headers().firstValue("Content-Disposition").orElse(""))
        .contains(slug + "-aws.yaml");
    assertThat(aws.body())
        .contains("- url: " + slice.invokeUrl())
        .contains("x-amazon-apigateway-integration:")
        .contains("type: http_proxy")
        .contains("api_key")
        .contains("description: The pets.")
        .doesNotContain("x-turnpike-");

    HttpResponse<String> ours = alice.get(export + "?flavour=TURNPIKE&format=json");
    assertThat(ours.statusCode()).as(ours.body()).isEqualTo(200);
    JsonNode document = Http.json(ours);
    assertThat(document.at("/paths/~1ping/get/x-turnpike-integration/type").asText())
        .isEqualTo("mock");
    assertThat(document.at("/paths/~1pets/get/security/0").has("api_key")).isTrue();

    HttpResponse<String> copy =
        alice.post(
            "/tenants/" + slice.tenantId() + "/apis",
            "application/yaml",
            aws.body().replace("title: " + slug, "title: " + slug + "-copy"));
    assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);
    JsonNode original =
        Http.json(alice.get("/tenants/" + slice.tenantId() + "/apis/" + slice.apiId()));
    assertThat(Http.json(copy).get("methods")).isEqualTo(original.get("methods"));
    assertThat(Http.json(copy).get("warnings")).isEmpty();
  }

  @Test
  void an_export_names_a_bad_query_parameter_and_hides_other_tenants_apis() {
    Slice slice = Slice.create(alice, backend, "exq-" + Long.toString(System.nanoTime(), 36));
    String export = "/tenants/" + slice.tenantId() + "/apis/" + slice.apiId() + "/export";

    JsonNode flavour = assertError(alice.get(export + "?flavour=gcp"), 400, "flavour");
    assertThat(flavour.get("details").get(0).get("location").asText()).isEqualTo("flavour");
    assertThat(flavour.get("message").asText()).contains("turnpike or aws");
    JsonNode format = assertError(alice.get(export + "?flavour=aws&format=xml"), 400, "format");
    assertThat(format.get("details").get(0).get("location").asText()).isEqualTo("format");
    assertError(alice.get(export + "?stage=nope"), 404, "nope");
    assertError(
        alice.get("/tenants/" + slice.tenantId() + "/apis/nosuchapi/export"), 404, "nosuchapi");
    assertError(new ManagementApi(env, "carol").get(export), 404, slice.tenantId());
  }

  private static JsonNode assertError(HttpResponse<String> response, int status, String inMessage) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .contains("application/json");
    JsonNode body = Http.json(response);
    assertThat(body.get("message").asText()).contains(inMessage);
    return body;
  }
}
