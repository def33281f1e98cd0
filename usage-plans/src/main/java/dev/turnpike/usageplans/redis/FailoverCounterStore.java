package dev.turnpike.usageplans.redis;

import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.CounterStoreUnavailableException;
import dev.turnpike.usageplans.limit.InMemoryCounterStore;
import dev.turnpike.usageplans.limit.QuotaDecision;
import dev.turnpike.usageplans.limit.QuotaPeriods;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps a node deciding when the shared counter store (Redis) is gone. While the remote store
 * answers, every call goes to it. The first call that fails or times out switches the node to its
 * failure mode, logged once:
 *
 * <ul>
 *   <li>{@link FailureMode#FAIL_OPEN_LOCAL}: decide on this node with an in-memory store, each
 *       throttle at {@code 1/nodeCount} of its rate and burst (so the cluster as a whole stays near
 *       the configured limit), each quota at {@code 1/nodeCount} of what Redis last said was left
 *       in the period (or of the whole limit when this node never asked).
 *   <li>{@link FailureMode#FAIL_CLOSED}: fail every call with {@link
 *       CounterStoreUnavailableException} (the gateway answers 503).
 * </ul>
 *
 * <p>A background thread probes the remote store every {@code probeInterval} while it is away and
 * switches back by itself on the first answer (logged once); the local counters are then dropped.
 * {@link #health()} says which mode decides and since when. Requests admitted locally are not
 * written back to Redis; a Redis that restarts without persistence has lost its counts anyway.
 * Lettuce may re-send a command that was in flight when the connection dropped, so a quota can
 * count one request twice around an outage.
 */
public final class FailoverCounterStore implements CounterStore {
  private static final System.Logger LOG = System.getLogger(FailoverCounterStore.class.getName());

  /** What a node does while the shared store is away. */
  public enum FailureMode {
    FAIL_OPEN_LOCAL,
    FAIL_CLOSED
  }

  /** Who decides right now. */
  public enum State {
    /** The shared store; the normal case. */
    REMOTE,
    /** This node alone, at its share of each limit. */
    LOCAL,
    /** Nobody: every request is refused. */
    CLOSED
  }

  /** For health endpoints: the state, since when, and the failure that caused it (or null). */
  public record Health(State state, Instant since, String lastError) {
    public boolean degraded() {
      return state != State.REMOTE;
    }
  }

  /**
   * @param nodeCount gateway nodes sharing the limits; each takes {@code 1/nodeCount} locally
   * @param timeout a remote call slower than this counts as a failure
   * @param probeInterval how often to try the remote store while it is away
   */
  public record Options(int nodeCount, FailureMode mode, Duration timeout, Duration probeInterval) {
    public Options {
      if (nodeCount < 1) {
        throw new IllegalArgumentException(
            "FailoverCounterStore: nodeCount must be >= 1, got " + nodeCount);
      }
      Objects.requireNonNull(mode, "FailoverCounterStore: mode is required");
      requirePositive("timeout", timeout);
      requirePositive("probeInterval", probeInterval);
    }

    /** Fail open, 50 ms timeout, probe every 500 ms. */
    public static Options failOpen(int nodeCount) {
      return new Options(
          nodeCount, FailureMode.FAIL_OPEN_LOCAL, Duration.ofMillis(50), Duration.ofMillis(500));
    }

    private static void requirePositive(String name, Duration d) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(
            "FailoverCounterStore: " + name + " must be > 0, got " + d);
      }
    }
  }

  private record Status(Health health, long generation) {}

  private record KnownRemaining(long remaining, Instant periodEnd) {}

  private final CounterStore remote;
  private final Supplier<? extends CompletionStage<?>> probe;
  private final Options options;
  private final Clock clock;
  private final AtomicReference<Status> status;
  private final ConcurrentHashMap<String, KnownRemaining> knownRemaining =
      new ConcurrentHashMap<>();
  private volatile InMemoryCounterStore local = new InMemoryCounterStore();
  private final ScheduledExecutorService prober;
  private final AtomicBoolean probing = new AtomicBoolean();

  /**
   * Wraps {@code remote} (which this store owns and closes); {@code probe} is a cheap call that
   * succeeds when the remote store is back (e.g. {@link RedisCounterStore#ping()}).
   */
  public FailoverCounterStore(
      CounterStore remote,
      Supplier<? extends CompletionStage<?>> probe,
      Options options,
      Clock clock) {
    this.remote = Objects.requireNonNull(remote, "FailoverCounterStore: remote is required");
    this.probe = Objects.requireNonNull(probe, "FailoverCounterStore: probe is required");
    this.options = Objects.requireNonNull(options, "FailoverCounterStore: options are required");
    this.clock = Objects.requireNonNull(clock, "FailoverCounterStore: clock is required");
    this.status =
        new AtomicReference<>(new Status(new Health(State.REMOTE, clock.instant(), null), 0));
    this.prober =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "turnpike-counter-store-probe");
              t.setDaemon(true);
              return t;
            });
    long every = options.probeInterval().toMillis();
    prober.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
  }

  /** Plain Redis calls behind failover; the probe is a PING. */
  public static FailoverCounterStore overRedis(RedisCounterStore redis, Options options) {
    return new FailoverCounterStore(redis, redis::ping, options, Clock.systemUTC());
  }

  /** Leased throttles and exact quotas behind failover; the probe is a PING. */
  public static FailoverCounterStore overLeasing(LeasingCounterStore leasing, Options options) {
    return new FailoverCounterStore(leasing, leasing.redis()::ping, options, Clock.systemUTC());
  }

  public Health health() {
    return status.get().health();
  }

  @Override
  public CompletionStage<Boolean> tryTake(String bucketKey, ThrottleLimit limit, Instant now) {
    return decide(
        () -> remote.tryTake(bucketKey, limit, now),
        Function.identity(),
        () -> local.tryTake(bucketKey, localShare(limit), now));
  }

  @Override
  public CompletionStage<QuotaDecision> tryConsume(String quotaKey, QuotaLimit limit, Instant now) {
    return decide(
        () -> remote.tryConsume(quotaKey, limit, now),
        decision -> {
          knownRemaining.put(
              slot(quotaKey, limit, now),
              new KnownRemaining(decision.remaining(), decision.resetsAt()));
          return decision;
        },
        () -> local.tryConsume(quotaKey, localShare(quotaKey, limit, now), now));
  }

  @Override
  public CompletionStage<Long> used(String quotaKey, QuotaLimit limit, Instant now) {
    return decide(
        () -> remote.used(quotaKey, limit, now),
        Function.identity(),
        () -> local.used(quotaKey, localShare(quotaKey, limit, now), now));
  }

  /** Stops probing and closes the remote store. */
  @Override
  public void close() {
    prober.shutdownNow();
    remote.close();
  }

  private <T> CompletionStage<T> decide(
      Supplier<CompletionStage<T>> remoteCall,
      Function<T, T> onRemoteAnswer,
      Supplier<CompletionStage<T>> localCall) {
    Status at = status.get();
    if (at.health().degraded()) {
      return fallback(at.health().state(), localCall);
    }
    CompletableFuture<T> answer;
    try {
      answer =
          remoteCall
              .get()
              .toCompletableFuture()
              .thenApply(onRemoteAnswer)
              .orTimeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    return answer
        .handle(
            (value, failure) -> {
              if (failure == null) {
                return CompletableFuture.completedFuture(value);
              }
              State now = degrade(at, failure);
              return fallback(now, localCall);
            })
        .thenCompose(Function.identity());
  }

  private <T> CompletionStage<T> fallback(State state, Supplier<CompletionStage<T>> localCall) {
    if (state == State.CLOSED) {
      return CompletableFuture.failedFuture(
          new CounterStoreUnavailableException(
              "The shared counter store is unreachable and the node fails closed; requests are"
                  + " refused until it answers again (see health())"));
    }
    return localCall.get();
  }

  /** Switches to the failure mode unless a newer state already replaced {@code seen}. */
  private State degrade(Status seen, Throwable failure) {
    State target = options.mode() == FailureMode.FAIL_CLOSED ? State.CLOSED : State.LOCAL;
    Status current = status.get();
    if (current.generation() != seen.generation() || current.health().degraded()) {
      return current.health().degraded() ? current.health().state() : target;
    }
    Status next =
        new Status(new Health(target, clock.instant(), describe(failure)), seen.generation() + 1);
    if (status.compareAndSet(current, next)) {
      LOG.log(
          Level.WARNING,
          target == State.LOCAL
              ? "Counter store unreachable ({0}); deciding limits on this node at 1/{1} of each"
                  + " throttle and of the quota left, until it answers again"
              : "Counter store unreachable ({0}); failing closed: requests are refused until it"
                  + " answers again",
          next.health().lastError(),
          options.nodeCount());
    }
    return target;
  }

  private void tick() {
    Instant now = clock.instant();
    knownRemaining.values().removeIf(known -> !known.periodEnd().isAfter(now));
    Status seen = status.get();
    if (!seen.health().degraded() || !probing.compareAndSet(false, true)) {
      return;
    }
    CompletableFuture<?> ping;
    try {
      ping =
          probe
              .get()
              .toCompletableFuture()
              .thenApply(Function.identity())
              .orTimeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      ping = CompletableFuture.failedFuture(e);
    }
    ping.whenComplete(
        (ok, failure) -> {
          probing.set(false);
          if (failure == null) {
            recover(seen);
          }
        });
  }

  private void recover(Status seen) {
    Status next =
        new Status(new Health(State.REMOTE, clock.instant(), null), seen.generation() + 1);
    if (status.compareAndSet(seen, next)) {
      local = new InMemoryCounterStore();
      LOG.log(
          Level.INFO,
          "Counter store answers again after {0} ms; limits are shared across nodes again",
          Duration.between(seen.health().since(), next.health().since()).toMillis());
    }
  }

  private ThrottleLimit localShare(ThrottleLimit limit) {
    int n = options.nodeCount();
    if (n == 1) {
      return limit;
    }
    int burst = limit.burst() == 0 ? 0 : (int) Math.max(1, Math.ceil((double) limit.burst() / n));
    return new ThrottleLimit(limit.ratePerSecond() / n, burst);
  }

  private QuotaLimit localShare(String quotaKey, QuotaLimit limit, Instant now) {
    KnownRemaining known = knownRemaining.get(slot(quotaKey, limit, now));
    long base = known == null ? limit.limit() : Math.min(limit.limit(), known.remaining());
    long share = (base + options.nodeCount() - 1) / options.nodeCount();
    return new QuotaLimit(share, limit.period(), limit.offset());
  }

  private static String slot(String quotaKey, QuotaLimit limit, Instant now) {
    return quotaKey + "@" + QuotaPeriods.periodStart(limit, now).getEpochSecond();
  }

  private static String describe(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof TimeoutException) {
      return "no answer within the timeout";
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
