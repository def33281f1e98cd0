package dev.turnpike.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The management API ({@code /management/v1}) as the signed-in person: refreshes an expiring
 * Keycloak token first, and turns a refusal's {@code {message, details}} body into one readable
 * error.
 */
final class ManagementClient {
  static final String JSON_TYPE = "application/json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);

  private final CliContext context;
  private Session session;

  ManagementClient(CliContext context) {
    this.context = context;
    this.session =
        Session.load(context.sessionFile())
            .orElseThrow(() -> CliException.refused("not signed in: run 'turnpike login' first"));
  }

  JsonNode get(String path) {
    return send(path, "GET", null, null);
  }

  JsonNode post(String path, String contentType, String body) {
    return send(path, "POST", contentType, body);
  }

  JsonNode postJson(String path, Object body) {
    return send(path, "POST", JSON_TYPE, write(body));
  }

  JsonNode delete(String path) {
    return send(path, "DELETE", null, null);
  }

  private JsonNode send(String path, String method, String contentType, String body) {
    refreshIfExpiring();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(stripSlash(session.portal()) + "/management/v1" + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", JSON_TYPE)
            .header("Authorization", "Bearer " + session.accessToken());
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> response = exchange(request.build());
    JsonNode json = read(response);
    if (response.statusCode() >= 400) {
      throw CliException.refused(describe(method, path, response.statusCode(), json));
    }
    return json;
  }

  private void refreshIfExpiring() {
    if (session.isPersonalAccessToken()
        || session.refreshToken() == null
        || session.accessExpiresAt() == null
        || session.accessExpiresAt().isAfter(context.clock().instant().plus(REFRESH_MARGIN))) {
      return;
    }
    session = new KeycloakLogin(context, session.issuer(), session.clientId()).refresh(session);
    session.save(context.sessionFile());
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return context.http().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw CliException.refused(
          "cannot reach the portal at " + session.portal() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.refused("interrupted");
    }
  }

  /**
   * "409 Conflict from POST /tenants/…: A usage plan named 'gold' already exists." plus details.
   */
  static String describe(String method, String path, int status, JsonNode body) {
    StringBuilder text = new StringBuilder();
    text.append("the portal refused ").append(method).append(' ').append(path);
    text.append(" (").append(status).append("): ");
    text.append(body.path("message").asText(status == 401 ? "sign in again" : "no message"));
    for (JsonNode detail : body.path("details")) {
      text.append(System.lineSeparator()).append("  ");
      String location = detail.path("location").asText("");
      if (!location.isEmpty()) {
        text.append(location).append(": ");
      }
      text.append(detail.path("message").asText());
    }
    if (status == 401) {
      text.append(System.lineSeparator()).append("  run 'turnpike login' to sign in again");
    }
    return text.toString();
  }

  private static JsonNode read(HttpResponse<String> response) {
    String body = response.body();
    if (body == null || body.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode().put("message", body.strip());
    }
  }

  static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
