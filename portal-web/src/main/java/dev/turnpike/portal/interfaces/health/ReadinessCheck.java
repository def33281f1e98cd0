package dev.turnpike.portal.interfaces.health;

import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.gateway.BundledGateway;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and, in the one-machine setup, the bundled gateway runs. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Inject PlatformQueries platform;
  @Inject BundledGateway gateway;
  @Inject PortalSettings settings;

  @Override
  public HealthCheckResponse call() {
    boolean database;
    try {
      platform.tenantBySlug("health-probe");
      database = true;
    } catch (RuntimeException e) {
      database = false;
    }
    boolean gatewayUp = !settings.bundledGateway() || gateway.running();
    return HealthCheckResponse.named("turnpike-portal")
        .status(database && gatewayUp)
        .withData("database", database)
        .withData("bundledGateway", gatewayUp)
        .build();
  }
}
