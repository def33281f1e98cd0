package dev.turnpike.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP for the tests: the management API with a bearer token, and the gateway. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Http() {}

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> get(String url, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return send(builder.build());
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
    }
  }

  /** A Keycloak access token for a demo user, through the CLI client's password grant. */
  static String token(String realmUrl, String username) {
    String form =
        "grant_type=password&client_id=turnpike-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(Keycloak.DEMO_PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (response.statusCode() != 200) {
      throw new AssertionError("No token for " + username + ": " + response.body());
    }
    return json(response).get("access_token").asText();
  }
}
