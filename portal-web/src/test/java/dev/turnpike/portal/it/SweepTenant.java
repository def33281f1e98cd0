package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant holding one of everything the management API has an id for (API, stage, plan, key,
 * subscription, member, access token), and the strings that must never reach anyone outside it.
 */
record SweepTenant(Map<String, String> ids, List<String> secrets) {

  static SweepTenant create(
      ManagementApi owner, ManagementApi subscriber, PetsBackend backend, String prefix) {
    String slug = prefix + "-" + Long.toString(System.nanoTime(), 36);
    Slice slice = Slice.create(owner, backend, slug);
    String t = "/tenants/" + slice.tenantId();
    created(
        owner.putJson(
            t + "/apis/" + slice.apiId() + "/stages/prod/publication",
            "{\"description\":\"Only for " + slug + "\"}"),
        200);
    String subscription =
        Http.json(
                created(
                    subscriber.postJson(
                        t + "/usage-plans/" + slice.planId() + "/subscriptions", ""),
                    201))
            .get("subscription")
            .get("id")
            .asText();
    created(
        owner.postJson(
            t + "/apis/" + slice.apiId() + "/models",
            "{\"name\":\"Pet\",\"contentType\":\"application/json\",\"schema\":{\"type\":\"object\"}}"),
        201);
    String memberEmail = "member-" + slug + "@example.com";
    String member =
        Http.json(
                created(
                    owner.postJson(
                        t + "/members", "{\"email\":\"" + memberEmail + "\",\"role\":\"VIEWER\"}"),
                    201))
            .get("id")
            .asText();
    String token =
        Http.json(created(owner.postJson(t + "/tokens", "{\"name\":\"" + slug + "\"}"), 201))
            .get("token")
            .get("id")
            .asText();
    Map<String, String> ids = new HashMap<>();
    ids.put("tenantId", slice.tenantId());
    ids.put("apiId", slice.apiId());
    ids.put("stage", "prod");
    ids.put("planId", slice.planId());
    ids.put("keyId", slice.keyId());
    ids.put("subscriptionId", subscription);
    ids.put("memberId", member);
    ids.put("tokenId", token);
    ids.put("name", "Pet");
    ids.put("type", "DEFAULT_4XX");
    ids.put("httpMethod", "GET");
    ids.put("resourcePath", "/pets");
    return new SweepTenant(Map.copyOf(ids), List.of(slug, memberEmail, slice.apiKey()));
  }

  private static HttpResponse<String> created(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response;
  }
}
