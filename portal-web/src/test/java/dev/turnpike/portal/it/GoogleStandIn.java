package dev.turnpike.portal.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A second realm in the test Keycloak that plays "Google": realm {@code google-standin} with one
 * person who has a Gmail address, and a client for the {@code turnpike} realm's broker. The copy of
 * the {@code turnpike} realm the tests import turns its (disabled) {@code google} identity provider
 * into an enabled OpenID Connect provider pointing at this realm; everything else about brokering
 * (first broker login, the {@code identity_provider} session note, {@code kc_idp_hint}) is
 * Keycloak's real behaviour.
 */
final class GoogleStandIn {
  static final String REALM = "google-standin";
  static final String USERNAME = "gina.tester";
  static final String EMAIL = "gina.tester@gmail.com";
  static final String PASSWORD = "it-google-password";
  private static final String CLIENT = "turnpike-broker";
  private static final String CLIENT_SECRET = "it-broker-secret-" + System.nanoTime();
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoogleStandIn() {}

  /** Writes the stand-in realm and the turnpike realm (brokering to it) for Keycloak's import. */
  static void writeRealms(Path turnpikeRealm, Path importDir, String keycloakUrl) {
    try {
      JSON.writerWithDefaultPrettyPrinter()
          .writeValue(importDir.resolve(REALM + "-realm.json").toFile(), standInRealm(keycloakUrl));
      ObjectNode turnpike = (ObjectNode) JSON.readTree(turnpikeRealm.toFile());
      ArrayNode providers = (ArrayNode) turnpike.get("identityProviders");
      for (int i = 0; i < providers.size(); i++) {
        if (providers.get(i).get("alias").asText().equals("google")) {
          providers.set(i, googleProvider(keycloakUrl));
        }
      }
      JSON.writerWithDefaultPrettyPrinter()
          .writeValue(importDir.resolve("turnpike-realm.json").toFile(), turnpike);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode standInRealm(String keycloakUrl) {
    ObjectNode realm = JSON.createObjectNode();
    realm.put("realm", REALM).put("displayName", "Google (stand-in)").put("enabled", true);
    realm.put("sslRequired", "none");
    ObjectNode client = realm.putArray("clients").addObject();
    client.put("clientId", CLIENT).put("enabled", true).put("publicClient", false);
    client.put("clientAuthenticatorType", "client-secret").put("secret", CLIENT_SECRET);
    client.put("standardFlowEnabled", true).put("directAccessGrantsEnabled", false);
    client.putArray("redirectUris").add(keycloakUrl + "/realms/turnpike/broker/google/endpoint");
    ObjectNode user = realm.putArray("users").addObject();
    user.put("username", USERNAME).put("email", EMAIL).put("emailVerified", true);
    user.put("firstName", "Gina").put("lastName", "Tester").put("enabled", true);
    ObjectNode credential = user.putArray("credentials").addObject();
    credential.put("type", "password").put("value", PASSWORD).put("temporary", false);
    return realm;
  }

  /**
   * No {@code logoutUrl}: like Keycloak's real Google provider, signing out of Turnpike does not
   * sign the person out of Google.
   */
  private static ObjectNode googleProvider(String keycloakUrl) {
    String base = keycloakUrl + "/realms/" + REALM;
    String oidc = base + "/protocol/openid-connect/";
    ObjectNode provider = JSON.createObjectNode();
    provider.put("alias", "google").put("displayName", "Google").put("providerId", "oidc");
    provider.put("enabled", true).put("trustEmail", true);
    provider.put("firstBrokerLoginFlowAlias", "first broker login");
    ObjectNode config = provider.putObject("config");
    Map.ofEntries(
            Map.entry("clientId", CLIENT),
            Map.entry("clientSecret", CLIENT_SECRET),
            Map.entry("clientAuthMethod", "client_secret_post"),
            Map.entry("authorizationUrl", oidc + "auth"),
            Map.entry("tokenUrl", oidc + "token"),
            Map.entry("userInfoUrl", oidc + "userinfo"),
            Map.entry("jwksUrl", oidc + "certs"),
            Map.entry("issuer", base),
            Map.entry("useJwksUrl", "true"),
            Map.entry("validateSignature", "true"),
            Map.entry("defaultScope", "openid email profile"),
            Map.entry("syncMode", "IMPORT"))
        .forEach(config::put);
    return provider;
  }
}
