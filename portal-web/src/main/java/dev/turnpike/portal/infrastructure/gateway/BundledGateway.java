package dev.turnpike.portal.infrastructure.gateway;

import dev.turnpike.gateway.server.GatewayConfig;
import dev.turnpike.gateway.server.GatewayServer;
import dev.turnpike.portal.application.ConfigurationChanged;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.usageplans.limit.InMemoryCounterStore;
import dev.turnpike.usageplans.metering.UsageMeter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway runtime inside the portal's JVM, on its own port: the one-machine setup. It gets a
 * fresh snapshot at start and after every committed change.
 */
@ApplicationScoped
public class BundledGateway {
  private static final Logger LOG = Logger.getLogger(BundledGateway.class.getName());

  @Inject PortalSettings settings;
  @Inject SnapshotAssembler assembler;

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
    publish();
    LOG.info("Bundled gateway listening on port " + server.port());
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
    publish();
  }

  /** Rebuilds the snapshot and swaps it in; on failure the gateway keeps serving the last one. */
  public void publish() {
    GatewayServer running = server;
    if (running == null) {
      return;
    }
    try {
      running.apply(assembler.assemble());
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
