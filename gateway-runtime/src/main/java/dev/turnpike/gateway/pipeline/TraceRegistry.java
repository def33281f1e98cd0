package dev.turnpike.gateway.pipeline;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The traces of a test-invoke node's requests, by request id, until the invoker collects them. A
 * trace is complete once the response has ended (its access-log step written).
 */
public final class TraceRegistry {
  private record Pending(Trace trace, CompletableFuture<Trace> done) {}

  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();

  /** Starts recording a request's trace. */
  public Trace begin(String requestId) {
    Trace trace = Trace.start();
    pending.put(requestId, new Pending(trace, new CompletableFuture<>()));
    return trace;
  }

  /** Marks the request's trace complete. */
  public void finish(String requestId) {
    Pending p = pending.get(requestId);
    if (p != null) {
      p.done().complete(p.trace());
    }
  }

  /** Waits (at most {@code wait}) for a request's complete trace and forgets it. */
  public Optional<Trace> collect(String requestId, Duration wait) {
    Pending p = pending.get(requestId);
    if (p == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(p.done().get(wait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (Exception e) {
      return Optional.of(p.trace());
    } finally {
      pending.remove(requestId);
    }
  }

  /** Forgets every trace (an invocation whose response never came). */
  public void clear() {
    pending.clear();
  }
}
