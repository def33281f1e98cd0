package dev.turnpike.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tokens from Keycloak's OpenID Connect endpoints for the public {@code turnpike-cli} client: the
 * password grant, the device authorization grant (RFC 8628: a code to type in a browser, then
 * polling) and refresh.
 */
final class KeycloakLogin {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CliContext context;
  private final String issuer;
  private final String clientId;

  KeycloakLogin(CliContext context, String issuer, String clientId) {
    this.context = context;
    this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    this.clientId = clientId;
  }

  /** Access + refresh token for a user name and password. */
  Session password(String portal, String username, char[] password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", clientId);
    form.put("username", username);
    form.put("password", new String(password));
    form.put("scope", "openid");
    return session(portal, post("/protocol/openid-connect/token", form));
  }

  /** Prints where to confirm the sign-in, then polls until the person has done it (or gave up). */
  Session device(String portal) {
    JsonNode grant =
        post(
            "/protocol/openid-connect/auth/device",
            Map.of("client_id", clientId, "scope", "openid"));
    String link =
        grant.hasNonNull("verification_uri_complete")
            ? grant.get("verification_uri_complete").asText()
            : grant.path("verification_uri").asText();
    context.out().println("Open " + link + " and confirm code " + grant.path("user_code").asText());
    Duration interval = Duration.ofSeconds(Math.max(1, grant.path("interval").asInt(5)));
    Instant deadline = context.clock().instant().plusSeconds(grant.path("expires_in").asLong(600));
    Map<String, String> poll = new LinkedHashMap<>();
    poll.put("grant_type", "urn:ietf:params:oauth:grant-type:device_code");
    poll.put("client_id", clientId);
    poll.put("device_code", grant.path("device_code").asText());
    while (context.clock().instant().isBefore(deadline)) {
      sleep(interval);
      HttpResponse<String> response = send("/protocol/openid-connect/token", poll);
      JsonNode body = parse(response);
      String error = body.path("error").asText("");
      if (response.statusCode() == 200) {
        return session(portal, body);
      }
      if (error.equals("slow_down")) {
        interval = interval.plusSeconds(5);
      } else if (!error.equals("authorization_pending")) {
        throw refusal(body);
      }
    }
    throw CliException.refused("the device code expired before it was confirmed; log in again");
  }

  /** A fresh access token from the stored refresh token. */
  Session refresh(Session session) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("client_id", clientId);
    form.put("refresh_token", session.refreshToken());
    JsonNode body = post("/protocol/openid-connect/token", form);
    return session.withTokens(
        body.path("access_token").asText(),
        body.path("refresh_token").asText(session.refreshToken()),
        expiry(body));
  }

  private Session session(String portal, JsonNode body) {
    return new Session(
        portal,
        issuer,
        clientId,
        body.path("access_token").asText(),
        body.path("refresh_token").asText(null),
        expiry(body));
  }

  private Instant expiry(JsonNode body) {
    return context.clock().instant().plusSeconds(body.path("expires_in").asLong(60));
  }

  private JsonNode post(String path, Map<String, String> form) {
    HttpResponse<String> response = send(path, form);
    JsonNode body = parse(response);
    if (response.statusCode() != 200) {
      throw refusal(body);
    }
    return body;
  }

  private HttpResponse<String> send(String path, Map<String, String> form) {
    String encoded =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded))
            .build();
    try {
      return context.http().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw CliException.refused("cannot reach Keycloak at " + issuer + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.refused("interrupted while signing in");
    }
  }

  private JsonNode parse(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw CliException.refused(
          "Keycloak at "
              + issuer
              + " answered "
              + response.statusCode()
              + " with no JSON; is --issuer the realm URL?");
    }
  }

  private CliException refusal(JsonNode body) {
    String description = body.path("error_description").asText(body.path("error").asText("?"));
    return CliException.refused("Keycloak refused the sign-in: " + description);
  }

  private static void sleep(Duration interval) {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.refused("interrupted while waiting for the device code");
    }
  }
}
