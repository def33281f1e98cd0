package dev.turnpike.portal.application;

import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On first start with {@code turnpike.demo.seed=true}, seeds the {@link DemoTenant}. A failure is
 * logged and leaves nothing in the database; the portal starts anyway.
 */
@ApplicationScoped
public class DemoSeeder {
  private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

  @Inject PortalSettings settings;
  @Inject PlatformQueries platform;
  @Inject DemoTenant demo;

  // Runs before the bundled gateway starts (lower priority first), so its first snapshot has it.
  void seed(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION - 100)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (!settings.seedDemo() || platform.tenantBySlug(DemoTenant.DEMO_SLUG).isPresent()) {
      return;
    }
    try {
      demo.create();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The demo tenant was not seeded; the portal runs without it", e);
    }
  }
}
