package dev.turnpike.portal.infrastructure.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.turnpike.portal.application.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies Keycloak access tokens against the realm's published keys (cached and refreshed by
 * Nimbus JOSE+JWT): signature, expiry, issuer and audience {@code turnpike-portal}.
 */
@ApplicationScoped
public class BearerTokenVerifier {
  @Inject OidcSettings oidc;

  private DefaultJWTProcessor<SecurityContext> processor;

  @PostConstruct
  void init() {
    JWKSource<SecurityContext> keys;
    try {
      keys = JWKSourceBuilder.create(URI.create(oidc.jwksUri()).toURL()).build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(
          "turnpike.oidc.provider-uri is not a URL: " + oidc.getProviderUri(), e);
    }
    processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            oidc.getClientId(),
            new JWTClaimsSet.Builder().issuer(oidc.getProviderUri()).build(),
            Set.of("sub", "exp", "iat")));
  }

  /** The caller the token vouches for, or empty when it is not a valid token of our realm. */
  public Optional<Caller> verify(String token) {
    try {
      JWTClaimsSet claims = processor.process(token, null);
      List<String> groups = claims.getStringListClaim("groups");
      return Optional.of(
          new Caller(
              claims.getStringClaim("email"),
              claims.getStringClaim("name"),
              new HashSet<>(groups == null ? List.of() : groups),
              Boolean.TRUE.equals(claims.getBooleanClaim("email_verified")),
              null));
    } catch (ParseException
        | com.nimbusds.jose.proc.BadJOSEException
        | com.nimbusds.jose.JOSEException e) {
      return Optional.empty();
    }
  }
}
