package dev.turnpike.portal.infrastructure.gateway;

import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.metering.TrafficRecord;
import dev.turnpike.gateway.server.GatewayConfig;
import dev.turnpike.gateway.server.GatewayServer;
import dev.turnpike.portal.application.TrafficIntake;
import dev.turnpike.portal.application.UsageService;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.usageplans.limit.InMemoryCounterStore;
import dev.turnpike.usageplans.metering.UsageMeter;
import dev.turnpike.usageplans.metering.UsageRecord;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
  @Inject UsageService usage;
  @Inject TrafficIntake traffic;

  @Resource ManagedExecutorService executor;

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
            .usageSink(this::recordUsage)
            .trafficSink(this::recordTraffic)
            .accessLogFormat(settings.accessLogFormat())
            .portalOrigins(settings.portalOrigins())
            .flushInterval(settings.usageFlushInterval())
            .build();
    server = GatewayServer.startBlocking(config);
    apply(current.snapshot());
    LOG.info("Bundled gateway listening on port " + server.port());
  }

  /** Runs on a container thread so the usage table is written in a transaction of its own. */
  private CompletionStage<Void> recordUsage(List<UsageRecord> records) {
    return CompletableFuture.runAsync(() -> usage.record(records), executor);
  }

  private CompletionStage<Void> recordTraffic(List<TrafficRecord> records) {
    return CompletableFuture.runAsync(() -> traffic.record(records), executor);
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
