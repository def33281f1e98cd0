package dev.turnpike.portal.infrastructure.gateway;

import dev.turnpike.gateway.testinvoke.TestInvoker;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The portal's private test-invoke gateway node: started on first use (a second; most portals never
 * test-invoke), bound to loopback, closed with the application.
 */
@ApplicationScoped
public class TestInvokers {
  @Inject PortalSettings settings;

  private TestInvoker invoker;

  public synchronized TestInvoker get() {
    if (invoker == null) {
      invoker = TestInvoker.start(settings.keyHashSecret());
    }
    return invoker;
  }

  @PreDestroy
  synchronized void stop() {
    if (invoker != null) {
      invoker.close();
      invoker = null;
    }
  }
}
