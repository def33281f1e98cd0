package dev.turnpike.portal.infrastructure.gateway;

import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.server.GatewayConfig;
import dev.turnpike.gateway.server.GatewayServer;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.usageplans.limit.InMemoryCounterStore;
import dev.turnpike.usageplans.metering.UsageMeter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway runtime inside the portal's JVM, on its own port: the one-machine setup. It serves
 * the {@link CurrentSnapshot}, swapped in after every committed change.
 */
@ApplicationScoped
public class BundledGateway {
  private static final Logger LOG = Logger.getLogger(BundledGateway.class.getName());

  @Inject PortalSettings settings;
  @Inject CurrentSnapshot current;

  private volatile GatewayServer server;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    if (!settings.bundledGateway()) {
      LOG.info("Bundled gateway disabled (turnpike.gateway.bundled=false)");
      return;
    }
    GatewayConfig config =
        GatewayConfig.builder()
            .host("0.0.0.0")
            .port(settings.gatewayPort())
            .keyHashSecret(settings.keyHashSecret())
            .counterStore(new InMemoryCounterStore())
            .clock(Clock.systemUTC())
            .meter(new UsageMeter())
            .build();
    server = GatewayServer.startBlocking(config);
    apply(current.snapshot());
    LOG.info("Bundled gateway listening on port " + server.port());
  }

  void onRebuilt(@Observes CurrentSnapshot.Rebuilt rebuilt) {
    apply(rebuilt.snapshot());
  }

  /** Swaps the snapshot in; on failure the gateway keeps serving the last one. */
  private void apply(GatewaySnapshot snapshot) {
    GatewayServer running = server;
    if (running == null) {
      return;
    }
    try {
      running.apply(snapshot);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Gateway snapshot rejected; the gateway keeps its previous one", e);
    }
  }

  public boolean running() {
    return server != null;
  }

  @PreDestroy
  void stop() {
    GatewayServer running = server;
    server = null;
    if (running != null) {
      running.close();
    }
  }
}
