package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/**
 * A tenant with a deployed API, a plan and a key, made through the management API: the setup the
 * REST-level tests share. Field names follow the API's JSON.
 */
record Slice(
    String tenantId, String apiId, String invokeUrl, String planId, String keyId, String apiKey) {

  static Slice create(ManagementApi api, PetsBackend backend, String slug) {
    HttpResponse<String> tenant =
        api.postJson("/tenants", "{\"displayName\":\"" + slug + "\",\"slug\":\"" + slug + "\"}");
    assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
    String tenantId = Http.json(tenant).get("id").asText();
    HttpResponse<String> imported =
        api.post(
            "/tenants/" + tenantId + "/apis", "application/yaml", backend.openApiDocument(slug));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    String apiId = Http.json(imported).get("id").asText();
    HttpResponse<String> deployed =
        api.postJson(
            "/tenants/" + tenantId + "/apis/" + apiId + "/deployments", "{\"stage\":\"prod\"}");
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(201);
    HttpResponse<String> plan =
        api.postJson(
            "/tenants/" + tenantId + "/usage-plans",
            """
            {"name":"Gold","throttleRate":50,"throttleBurst":50,"quotaLimit":1000,
             "quotaPeriod":"DAY","apiStages":[{"apiId":"%s","stage":"prod"}]}
            """
                .formatted(apiId));
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
    String planId = Http.json(plan).get("id").asText();
    HttpResponse<String> key =
        api.postJson(
            "/tenants/" + tenantId + "/api-keys",
            "{\"name\":\"ci\",\"owner\":\"bob@demo.turnpike.dev\",\"usagePlanIds\":[\""
                + planId
                + "\"]}");
    assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
    JsonNode created = Http.json(key);
    return new Slice(
        tenantId,
        apiId,
        Http.json(deployed).get("invokeUrl").asText(),
        planId,
        created.get("key").get("id").asText(),
        created.get("value").asText());
  }
}
