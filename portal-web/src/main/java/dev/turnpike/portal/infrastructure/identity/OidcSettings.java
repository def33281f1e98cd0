package dev.turnpike.portal.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak coordinates, read from MicroProfile Config. Named so the OpenID Connect mechanism's
 * annotation can refer to it in Expression Language; the secret comes from config, never the code.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {
  @Inject
  @ConfigProperty(
      name = "turnpike.oidc.provider-uri",
      defaultValue = "http://localhost:8180/realms/turnpike")
  String providerUri;

  @Inject
  @ConfigProperty(name = "turnpike.oidc.client-id", defaultValue = "turnpike-portal")
  String clientId;

  @Inject
  @ConfigProperty(name = "turnpike.oidc.client-secret")
  String clientSecret;

  public String getProviderUri() {
    return providerUri;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public String jwksUri() {
    return providerUri + "/protocol/openid-connect/certs";
  }
}
