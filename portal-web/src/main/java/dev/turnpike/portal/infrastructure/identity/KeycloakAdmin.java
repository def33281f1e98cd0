package dev.turnpike.portal.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The few calls the portal makes to Keycloak's admin REST API, as the service account of its own
 * client ({@code turnpike-portal-admin}) that holds only realm-management's {@code manage-users}:
 * reading a person's linked social identities and deleting the person when they delete their
 * account. Keycloak's account REST API (the person's own token) was the narrower choice for
 * reading, but it has no call to delete an account (that is a browser-only required action), and
 * the portal pages do not keep the person's token; one narrow service account covers both.
 */
@ApplicationScoped
public class KeycloakAdmin {
  /** A Keycloak answer other than the expected one, or Keycloak not reachable at all. */
  public static final class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message);
    }
  }

  /** One brokered identity: the provider's alias ("google") and the name there. */
  public record LinkedIdentity(String provider, String userName) {}

  @Inject OidcSettings oidc;

  @Inject
  @ConfigProperty(
      name = "turnpike.keycloak.admin-client-id",
      defaultValue = "turnpike-portal-admin")
  String clientId;

  @Inject
  @ConfigProperty(name = "turnpike.keycloak.admin-client-secret")
  Optional<String> clientSecret;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public List<LinkedIdentity> linkedIdentities(String userId) {
    HttpResponse<String> response = send(user(userId) + "/federated-identity", "GET");
    expect(response, 200, "read the linked identities");
    return Json.createReader(new StringReader(response.body())).readArray().stream()
        .map(JsonValue::asJsonObject)
        .map(o -> new LinkedIdentity(o.getString("identityProvider"), o.getString("userName", "")))
        .toList();
  }

  /** Whether Keycloak knows the person; checked before our own deletion starts. */
  public boolean exists(String userId) {
    HttpResponse<String> response = send(user(userId), "GET");
    if (response.statusCode() == 404) {
      return false;
    }
    expect(response, 200, "look up the account");
    return true;
  }

  /** Deletes the person; one already gone counts as deleted (a retry after a failure). */
  public void deleteUser(String userId) {
    HttpResponse<String> response = send(user(userId), "DELETE");
    if (response.statusCode() != 404) {
      expect(response, 204, "delete the account");
    }
  }

  /** {@code http://kc/admin/realms/turnpike/users/{id}}, from the realm's issuer address. */
  private String user(String userId) {
    String admin = oidc.getProviderUri().replaceFirst("/realms/", "/admin/realms/");
    return admin + "/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(String uri, String method) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(uri))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + token())
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return call(request);
  }

  private String token() {
    String secret =
        clientSecret
            .filter(s -> !s.isBlank())
            .orElseThrow(
                () ->
                    new Unavailable(
                        "turnpike.keycloak.admin-client-secret is not configured, so the portal"
                            + " cannot manage accounts in Keycloak."));
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(oidc.getProviderUri() + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = call(request);
    expect(response, 200, "sign in as " + clientId);
    JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
    return body.getString("access_token");
  }

  private HttpResponse<String> call(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Unavailable("Keycloak is not reachable (" + e.getMessage() + ").");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("Interrupted while calling Keycloak.");
    }
  }

  private static void expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      // The body is not logged or shown: it may echo request details; the status is enough.
      throw new Unavailable(
          "Keycloak refused to " + what + " (HTTP " + response.statusCode() + ").");
    }
  }
}
