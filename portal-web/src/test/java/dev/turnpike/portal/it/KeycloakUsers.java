package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * People made for one test through Keycloak's admin API (as the bootstrap admin), so a test may
 * delete its person without taking a demo user from the other tests. They get the demo password, so
 * {@link Http#token} and {@link ManagementApi} work for them; the realm's default roles make them
 * app developers.
 */
final class KeycloakUsers {
  private KeycloakUsers() {}

  /** Creates {@code username} with e-mail {@code username@example.test}; returns the e-mail. */
  static String create(TestEnvironment env, String username, String firstName) {
    String email = username + "@example.test";
    String body =
        """
        {"username":"%s","email":"%s","firstName":"%s","lastName":"Tester","enabled":true,
         "emailVerified":true,
         "credentials":[{"type":"password","value":"%s","temporary":false}]}
        """
            .formatted(username, email, firstName, Keycloak.DEMO_PASSWORD);
    HttpResponse<String> created =
        Http.send(
            HttpRequest.newBuilder(URI.create(adminBase(env) + "/users"))
                .header("Authorization", "Bearer " + adminToken(env))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return email;
  }

  /** A password sign-in's answer: 200 while the person exists, an invalid_grant error after. */
  static HttpResponse<String> signIn(TestEnvironment env, String username) {
    String form =
        "grant_type=password&client_id=turnpike-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(Keycloak.DEMO_PASSWORD, StandardCharsets.UTF_8);
    return Http.send(
        HttpRequest.newBuilder(
                URI.create(env.keycloak.realmUrl() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  /** Whether Keycloak still holds a person of exactly this username. */
  static boolean exists(TestEnvironment env, String username) {
    HttpResponse<String> found =
        Http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        adminBase(env)
                            + "/users?exact=true&username="
                            + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + adminToken(env))
                .build());
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    return Http.json(found).size() > 0;
  }

  private static String adminBase(TestEnvironment env) {
    return env.keycloak.realmUrl().replace("/realms/", "/admin/realms/");
  }

  private static String adminToken(TestEnvironment env) {
    String master = env.keycloak.realmUrl().replace("/realms/turnpike", "/realms/master");
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(master + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password="
                            + Keycloak.ADMIN_PASSWORD))
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).get("access_token").asText();
  }
}
