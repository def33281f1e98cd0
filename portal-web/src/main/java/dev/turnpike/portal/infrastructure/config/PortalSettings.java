package dev.turnpike.portal.infrastructure.config;

import dev.turnpike.gateway.cors.PortalOrigins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings read once at start through MicroProfile Config, with embedded-mode defaults. */
@ApplicationScoped
public class PortalSettings {
  @Inject
  @ConfigProperty(name = "turnpike.gateway.port", defaultValue = "8081")
  int gatewayPort;

  @Inject
  @ConfigProperty(name = "turnpike.gateway.public-url", defaultValue = "http://localhost:8081")
  String gatewayPublicUrl;

  @Inject
  @ConfigProperty(name = "turnpike.gateway.bundled", defaultValue = "true")
  boolean bundledGateway;

  @Inject
  @ConfigProperty(name = "turnpike.keys.hash-secret")
  String keyHashSecret;

  @Inject
  @ConfigProperty(name = "turnpike.gateway.sync-token")
  Optional<String> gatewaySyncToken;

  @Inject
  @ConfigProperty(name = "turnpike.gateway.usage-flush-seconds", defaultValue = "5")
  int usageFlushSeconds;

  @Inject
  @ConfigProperty(name = "turnpike.demo.seed", defaultValue = "false")
  boolean seedDemo;

  @Inject
  @ConfigProperty(name = "turnpike.demo.info-file")
  Optional<String> demoInfoFile;

  @Inject
  @ConfigProperty(name = "turnpike.gateway.access-log-format")
  Optional<String> accessLogFormat;

  @Inject
  @ConfigProperty(name = "turnpike.portal.public-url", defaultValue = "http://localhost:8080")
  String portalPublicUrl;

  @Inject
  @ConfigProperty(name = "turnpike.gateway.portal-origins")
  Optional<String> extraPortalOrigins;

  public int gatewayPort() {
    return gatewayPort;
  }

  public String gatewayPublicUrl() {
    return gatewayPublicUrl.endsWith("/")
        ? gatewayPublicUrl.substring(0, gatewayPublicUrl.length() - 1)
        : gatewayPublicUrl;
  }

  public boolean bundledGateway() {
    return bundledGateway;
  }

  /** The server-side secret API keys are hashed with; it never leaves the portal and gateways. */
  public byte[] keyHashSecret() {
    return keyHashSecret.getBytes(StandardCharsets.UTF_8);
  }

  /** The token standalone gateway nodes present to fetch snapshots; empty = no standalone nodes. */
  public String gatewaySyncToken() {
    return gatewaySyncToken.orElse("");
  }

  /** How often the bundled gateway hands its usage counts to the usage table. */
  public Duration usageFlushInterval() {
    return Duration.ofSeconds(Math.max(1, usageFlushSeconds));
  }

  public boolean seedDemo() {
    return seedDemo;
  }

  public String demoInfoFile() {
    return demoInfoFile.orElse("");
  }

  /** The bundled gateway's access-log line ($context.* variables); null: the default. */
  public String accessLogFormat() {
    return accessLogFormat.orElse(null);
  }

  public String portalPublicUrl() {
    return portalPublicUrl;
  }

  /**
   * The origins the bundled gateway gives CORS to on every API, for the try-it console: this
   * portal's public URL, plus {@code turnpike.gateway.portal-origins} (comma-separated URLs, e.g.
   * when the portal is reached under more than one name).
   */
  public PortalOrigins portalOrigins() {
    List<String> urls = new ArrayList<>();
    urls.add(portalPublicUrl);
    extraPortalOrigins.ifPresent(extra -> urls.addAll(Arrays.asList(extra.split(","))));
    return PortalOrigins.of(urls);
  }

  public String invokeUrl(String apiId, String stage) {
    return gatewayPublicUrl() + "/" + apiId + "/" + stage;
  }
}
