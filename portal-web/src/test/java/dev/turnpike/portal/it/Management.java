package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The management API with any bearer token (a Keycloak token or a {@code tpat_} access token) and
 * any method and headers: what the IAM tests need beyond {@link ManagementApi}.
 */
record Management(String base, String bearer) {
  static Management as(TestEnvironment env, String username) {
    return new Management(
        env.portal.url() + "/management/v1", Http.token(env.keycloak.realmUrl(), username));
  }

  Management withToken(String token) {
    return new Management(base, token);
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  HttpResponse<String> post(String path, String json) {
    return send("POST", path, json);
  }

  HttpResponse<String> patch(String path, String json, String... headers) {
    return send("PATCH", path, json, headers);
  }

  HttpResponse<String> delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  HttpResponse<String> send(String method, String path, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + bearer)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return Http.send(request.build());
  }

  /** A new tenant owned by this caller; returns its id. */
  String newTenant(String prefix) {
    String slug = prefix + "-" + Long.toString(System.nanoTime(), 36);
    HttpResponse<String> created =
        post("/tenants", "{\"displayName\":\"" + prefix + "\",\"slug\":\"" + slug + "\"}");
    return ok(created, 201).get("id").asText();
  }

  /** Invites the e-mail with a role; returns the member id. */
  String invite(String tenantId, String email, String role) {
    return ok(
            post(
                "/tenants/" + tenantId + "/members",
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}"),
            201)
        .get("id")
        .asText();
  }

  static JsonNode ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response.body().isEmpty() ? null : Http.json(response);
  }

  static JsonNode refused(HttpResponse<String> response, int status, String inMessage) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .contains("application/json");
    JsonNode body = Http.json(response);
    assertThat(body.get("message").asText()).contains(inMessage);
    return body;
  }
}
