package dev.turnpike.portal.infrastructure.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The developer portal's own OpenID Connect authorization-code flow against Keycloak. The console's
 * Jakarta Security mechanism builds its authorization request once and cannot add a per-button
 * {@code kc_idp_hint}, which sends the person straight to Google or Facebook; so the portal builds
 * the request itself (answer in the URL fragment, see {@code PortalSignInServlet}), exchanges the
 * code over the back channel (authenticated with the client secret) and verifies the ID token:
 * signature against the realm's keys, issuer, audience, expiry and the nonce of this sign-in.
 */
@ApplicationScoped
public class KeycloakSignIn {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject OidcSettings oidc;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private DefaultJWTProcessor<SecurityContext> idTokens;

  /** Who Keycloak says signed in, with the ID token kept for signing out. */
  public record SignedIn(
      String subject,
      String username,
      String email,
      String displayName,
      Set<String> realmRoles,
      boolean emailVerified,
      String identityProvider,
      String idToken) {}

  @PostConstruct
  void init() {
    idTokens = new DefaultJWTProcessor<>();
    try {
      idTokens.setJWSKeySelector(
          new JWSVerificationKeySelector<>(
              JWSAlgorithm.RS256,
              JWKSourceBuilder.create(URI.create(oidc.jwksUri()).toURL()).build()));
    } catch (MalformedURLException e) {
      throw new IllegalStateException(
          "turnpike.oidc.provider-uri is not a URL: " + oidc.getProviderUri(), e);
    }
    idTokens.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            oidc.getClientId(),
            new JWTClaimsSet.Builder().issuer(oidc.getProviderUri()).build(),
            Set.of("sub", "exp", "iat", "nonce")));
  }

  /**
   * Keycloak's authorization address for this sign-in; {@code identityProvider} (a Keycloak
   * identity-provider alias, or null for Keycloak's own page) becomes {@code kc_idp_hint}.
   */
  public String authorizationUrl(
      String redirectUri, String state, String nonce, String identityProvider) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", oidc.getClientId());
    query.put("response_type", "code");
    // Not in the query: Payara's OpenID Connect mechanism takes any GET carrying code and state
    // for its own callback and fails it. The callback page relays the fragment by POST instead.
    query.put("response_mode", "fragment");
    query.put("scope", "openid email profile");
    query.put("redirect_uri", redirectUri);
    query.put("state", state);
    query.put("nonce", nonce);
    if (identityProvider != null) {
      query.put("kc_idp_hint", identityProvider);
    }
    return endpoint("auth") + "?" + form(query);
  }

  /** Ends the Keycloak session too, then sends the browser to {@code returnTo}. */
  public String endSessionUrl(String idToken, String returnTo) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", oidc.getClientId());
    query.put("post_logout_redirect_uri", returnTo);
    if (idToken != null) {
      query.put("id_token_hint", idToken);
    }
    return endpoint("logout") + "?" + form(query);
  }

  /** Redeems the authorization code and verifies the ID token Keycloak returns for it. */
  public SignedIn redeem(String code, String redirectUri, String nonce) throws SignInFailed {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", redirectUri);
    body.put("client_id", oidc.getClientId());
    body.put("client_secret", oidc.getClientSecret());
    JsonObject tokens = post(endpoint("token"), form(body));
    String idToken = tokens.getString("id_token", null);
    if (idToken == null) {
      throw new SignInFailed("Keycloak answered the code exchange without an ID token.");
    }
    try {
      JWTClaimsSet claims = idTokens.process(idToken, null);
      if (!nonce.equals(claims.getStringClaim("nonce"))) {
        throw new SignInFailed("The ID token belongs to another sign-in (nonce mismatch).");
      }
      return signedIn(claims, idToken);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw new SignInFailed("Keycloak's ID token did not verify: " + e.getMessage());
    }
  }

  private static SignedIn signedIn(JWTClaimsSet claims, String idToken) throws ParseException {
    List<String> groups = claims.getStringListClaim("groups");
    String name = claims.getStringClaim("name");
    return new SignedIn(
        claims.getSubject(),
        claims.getStringClaim("preferred_username"),
        claims.getStringClaim("email"),
        name == null ? claims.getStringClaim("preferred_username") : name,
        groups == null ? Set.of() : Set.copyOf(groups),
        Boolean.TRUE.equals(claims.getBooleanClaim("email_verified")),
        // Set by a session-note mapper in the realm when an identity provider brokered the sign-in.
        claims.getStringClaim("identity_provider"),
        idToken);
  }

  private JsonObject post(String url, String form) throws SignInFailed {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new SignInFailed(
            "Keycloak refused the code exchange (HTTP " + response.statusCode() + ").");
      }
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (IOException e) {
      throw new SignInFailed("Keycloak could not be reached at " + url + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignInFailed("Interrupted while talking to Keycloak.");
    }
  }

  private String endpoint(String name) {
    return oidc.getProviderUri() + "/protocol/openid-connect/" + name;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The sign-in could not be completed; the message says why, without any secret. */
  public static class SignInFailed extends Exception {
    public SignInFailed(String message) {
      super(message);
    }
  }
}
