package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The management REST API as one signed-in person sees it. */
final class ManagementApi {
  private final String base;
  private final String token;

  ManagementApi(TestEnvironment env, String username) {
    this.base = env.portal.url() + "/management/v1";
    this.token = Http.token(env.keycloak.realmUrl(), username);
  }

  HttpResponse<String> get(String path) {
    return Http.send(request(path).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return Http.send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  HttpResponse<String> patchJson(String path, String json) {
    return send("PATCH", path, "application/json", json);
  }

  HttpResponse<String> putJson(String path, String json) {
    return send("PUT", path, "application/json", json);
  }

  HttpResponse<String> send(String method, String path, String contentType, String body) {
    return Http.send(
        request(path)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> delete(String path) {
    return Http.send(request(path).DELETE().build());
  }

  /** A new tenant owned by this person, named by a unique slug from the prefix; returns its id. */
  String newTenant(String prefix) {
    String slug = prefix + "-" + Long.toString(System.nanoTime(), 36);
    HttpResponse<String> tenant =
        postJson("/tenants", "{\"displayName\":\"" + slug + "\",\"slug\":\"" + slug + "\"}");
    assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
    return Http.json(tenant).get("id").asText();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token);
  }
}
