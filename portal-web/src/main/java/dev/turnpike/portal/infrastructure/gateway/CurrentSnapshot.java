package dev.turnpike.portal.infrastructure.gateway;

import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.SnapshotCodec;
import dev.turnpike.portal.application.ConfigurationChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The snapshot every gateway should serve now: rebuilt after each committed change, handed to the
 * bundled gateway in-process and to standalone nodes as JSON. Versions only grow, also across
 * portal restarts (they start from the clock), so a node never mistakes an old one for new.
 */
@ApplicationScoped
public class CurrentSnapshot {
  /** Published after every rebuild. */
  public record Rebuilt(GatewaySnapshot snapshot) {}

  private final SnapshotCodec codec = new SnapshotCodec();

  @Inject SnapshotAssembler assembler;
  @Inject Event<Rebuilt> rebuilt;

  private GatewaySnapshot snapshot;
  private String json;

  public synchronized GatewaySnapshot snapshot() {
    if (snapshot == null) {
      rebuild();
    }
    return snapshot;
  }

  public synchronized String json() {
    snapshot();
    return json;
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
    rebuilt.fire(new Rebuilt(rebuild()));
  }

  private synchronized GatewaySnapshot rebuild() {
    long previous = snapshot == null ? 0 : snapshot.version();
    GatewaySnapshot next = assembler.assemble(Math.max(previous + 1, System.currentTimeMillis()));
    json = codec.write(next);
    snapshot = next;
    return next;
  }
}
