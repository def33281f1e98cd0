package dev.turnpike.usageplans.redis;

import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.QuotaDecision;
import dev.turnpike.usageplans.limit.QuotaPeriods;
import dev.turnpike.usageplans.limit.TokenBucket;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A cluster {@link CounterStore} that takes throttle tokens from the shared Redis bucket in small
 * batches and spends them on this node, so most requests cost a map lookup and a short lock instead
 * of a Redis round trip. Quotas are leased too, in chunks that shrink as the quota runs out, so the
 * cluster never admits more than a quota's limit in a period (see "Quotas" below).
 *
 * <p>How a take works, per bucket key: if this node holds a leased token that has not expired,
 * spend it. Else, if Redis said recently that the bucket is empty, refuse locally until the time
 * Redis gave for the batch to be there again. Else ask Redis for a batch (one atomic script on the
 * same bucket plain {@link RedisCounterStore#tryTake} uses); concurrent requests for the same key
 * wait for that one call rather than sending their own.
 *
 * <p>Error bounds: every admitted request spent a token taken atomically from the shared bucket, so
 * the cluster never admits more than the bucket gives out; a leased token may only be spent up to
 * {@code leaseTtl} after it was taken, so any window admits at most {@code leaseTtl x rate} extra
 * on its edge. Tokens leased and not spent before they expire are lost, which is why the batch
 * follows this node's own demand for the bucket: a node is leased about what it spends in one lease
 * TTL (its share of the traffic, so the node count is measured rather than configured), never more
 * than {@code rateFraction} of the rate, {@code maxBatch} or the burst. A node that was told
 * "empty" refuses locally until Redis said the batch would be there again (at most one lease TTL):
 * those tokens are not lost, they wait in Redis. Redis grants a batch whole or not at all, so a
 * node does not come back for the rest of a short batch a moment later. With the default policy (up
 * to 50 tokens, 10% of the rate, 250 ms) 4 nodes at 3x load stay within 2.5% of the limit
 * (measured: about 2% under) and about 1 check in 15 pays a round trip ({@code ClusterAccuracyIT};
 * figures in {@code usage-plans/BENCHMARKS.md}).
 *
 * <p><b>Quotas.</b> A node reserves a chunk of a quota's remaining requests in one atomic script
 * ({@code quota_lease.lua}, on the same counter plain nodes use) and admits from it locally. The
 * chunk is min({@code maxChunk}, what this node spends in one reservation TTL, remaining / ({@code
 * spread} x active nodes)), at least 1 while any is left: near the end of a quota every check goes
 * to Redis again, and at most remaining / {@code spread} is held by nodes at any time. Reserved
 * quota counts against the limit for every node until it is settled, so the cluster never admits
 * more than the limit. Unspent reservations are given back when they expire ({@code ttl}, measured
 * on this node's monotonic clock) by the next reservation call of the same quota; when no check
 * used the reservation for a quarter of the TTL (the quota went idle here), a background returner
 * gives it back within half the TTL, before it expires; and at {@link #close()}. A reservation for
 * an earlier period is forfeited (the new period starts fresh). A node told "none left" while other
 * nodes still hold reservations refuses locally for {@code refuseBackoff}, then asks again; told
 * "none left and none held", it refuses locally for the rest of the period (the counter can no
 * longer go down). So with demand lasting, the cluster admits exactly the limit.
 *
 * <p>{@link QuotaDecision#remaining()} under leasing is the quota this node can still admit: what
 * nobody holds as of this node's last Redis reply plus this node's own unspent reservation. It is
 * exact when no other node holds a reservation, else low by what other nodes hold (never more than
 * the truth, never counted twice). {@link #used} is the counter less every unsettled reservation,
 * plus what this node spent from its own unsettled ones: exact for one node, and low by at most
 * what other nodes spent from reservations not settled yet (settled within the TTL).
 */
public final class LeasingCounterStore implements CounterStore {

  /**
   * Quota leasing: chunks of at most {@code maxChunk} requests (0 turns quota leasing off: every
   * quota check goes to Redis), at most remaining / ({@code spread} x active nodes), held for
   * {@code ttl}; a node told "none left, but others hold some" refuses locally for {@code
   * refuseBackoff}.
   */
  public record QuotaLeasePolicy(
      int maxChunk, double spread, Duration ttl, Duration refuseBackoff) {
    public static final QuotaLeasePolicy DEFAULT =
        new QuotaLeasePolicy(100, 2, Duration.ofSeconds(1), Duration.ofMillis(50));
    public static final QuotaLeasePolicy OFF =
        new QuotaLeasePolicy(0, 2, Duration.ofSeconds(1), Duration.ofMillis(50));

    public QuotaLeasePolicy {
      if (maxChunk < 0) {
        throw new IllegalArgumentException(
            "QuotaLeasePolicy.maxChunk must be >= 0, got " + maxChunk);
      }
      if (!(spread >= 1)) {
        throw new IllegalArgumentException("QuotaLeasePolicy.spread must be >= 1, got " + spread);
      }
      if (ttl == null || ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("QuotaLeasePolicy.ttl must be > 0, got " + ttl);
      }
      if (refuseBackoff == null || refuseBackoff.isNegative()) {
        throw new IllegalArgumentException(
            "QuotaLeasePolicy.refuseBackoff must be >= 0, got " + refuseBackoff);
      }
    }

    /**
     * The chunk to ask for when this node checks the quota {@code demandPerSecond} times a second.
     */
    long wanted(double demandPerSecond) {
      if (Double.isNaN(demandPerSecond)) {
        return maxChunk;
      }
      double perTtl = Math.ceil(demandPerSecond * ttl.toNanos() / 1e9);
      return (long) Math.max(1, Math.min(maxChunk, perTtl));
    }
  }

  /**
   * How many tokens to lease at once: at most {@code rate x rateFraction}, {@code maxBatch} and the
   * burst, and no more than this node spends in one {@code leaseTtl} (its measured demand); at
   * least 1. Leased tokens are spendable for {@code leaseTtl}.
   */
  public record LeasePolicy(int maxBatch, double rateFraction, Duration leaseTtl) {
    public static final LeasePolicy DEFAULT = new LeasePolicy(50, 0.1, Duration.ofMillis(250));

    public LeasePolicy {
      if (maxBatch < 1) {
        throw new IllegalArgumentException("LeasePolicy.maxBatch must be >= 1, got " + maxBatch);
      }
      if (!(rateFraction >= 0) || rateFraction > 1) {
        throw new IllegalArgumentException(
            "LeasePolicy.rateFraction must be between 0 and 1, got " + rateFraction);
      }
      if (leaseTtl == null || leaseTtl.isNegative() || leaseTtl.isZero()) {
        throw new IllegalArgumentException("LeasePolicy.leaseTtl must be > 0, got " + leaseTtl);
      }
    }

    /**
     * The largest batch for one limit: {@code rate x rateFraction}, at least 1, at most {@code
     * maxBatch} and the burst.
     */
    public int batchFor(ThrottleLimit limit) {
      long byRate = (long) Math.floor(limit.ratePerSecond() * rateFraction);
      long cap = Math.min(maxBatch, Math.max(1, limit.burst()));
      return (int) Math.max(1, Math.min(byRate, cap));
    }

    /**
     * The batch for a node that asks for this bucket {@code demandPerSecond} times a second (NaN
     * when not known yet): what it spends in one lease TTL, within {@link
     * #batchFor(ThrottleLimit)}.
     */
    public int batchFor(ThrottleLimit limit, double demandPerSecond) {
      int max = batchFor(limit);
      if (Double.isNaN(demandPerSecond)) {
        return max;
      }
      double perLease = Math.ceil(demandPerSecond * leaseTtl.toNanos() / 1e9);
      return (int) Math.max(1, Math.min(max, perLease));
    }
  }

  private static final long SWEEP_INTERVAL_MICROS = 60_000_000L;
  // Takes in the same instant (tests, bursts) count as taken over at least 1 ms.
  private static final long MIN_DEMAND_WINDOW_MICROS = 1_000L;

  private final RedisCounterStore redis;
  private final LeasePolicy policy;
  private final long leaseTtlMicros;
  private final ConcurrentHashMap<String, Lease> leases = new ConcurrentHashMap<>();
  private final AtomicLong nextSweepMicros = new AtomicLong(Long.MIN_VALUE);
  private final LongAdder leaseCalls = new LongAdder();
  private final QuotaLeasePolicy quotaPolicy;
  private final String nodeId = UUID.randomUUID().toString();
  private final ConcurrentHashMap<String, QuotaLease> quotaLeases = new ConcurrentHashMap<>();
  private final LongAdder quotaChecks = new LongAdder();
  private final LongAdder quotaCalls = new LongAdder();
  private final LongAdder quotaReturns = new LongAdder();
  private final ScheduledExecutorService returner;

  /** Leases from {@code redis}, which this store then owns and closes. */
  public LeasingCounterStore(RedisCounterStore redis, LeasePolicy policy) {
    this(redis, policy, QuotaLeasePolicy.DEFAULT);
  }

  /** Leases throttle tokens and quota from {@code redis}, which this store then owns and closes. */
  public LeasingCounterStore(
      RedisCounterStore redis, LeasePolicy policy, QuotaLeasePolicy quotaPolicy) {
    this.redis = Objects.requireNonNull(redis, "LeasingCounterStore: redis is required");
    this.policy = Objects.requireNonNull(policy, "LeasingCounterStore: policy is required");
    this.quotaPolicy =
        Objects.requireNonNull(quotaPolicy, "LeasingCounterStore: quotaPolicy is required");
    this.leaseTtlMicros = policy.leaseTtl().toNanos() / 1_000;
    if (quotaPolicy.maxChunk() > 0) {
      long everyNanos = Math.max(1_000_000L, quotaPolicy.ttl().toNanos() / 4);
      returner =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "turnpike-quota-returner");
                t.setDaemon(true);
                return t;
              });
      returner.scheduleWithFixedDelay(
          this::returnExpired, everyNanos, everyNanos, TimeUnit.NANOSECONDS);
    } else {
      returner = null;
    }
  }

  public LeasingCounterStore(RedisCounterStore redis) {
    this(redis, LeasePolicy.DEFAULT);
  }

  @Override
  public CompletionStage<Boolean> tryTake(String bucketKey, ThrottleLimit limit, Instant now) {
    Objects.requireNonNull(bucketKey, "tryTake: bucketKey is required");
    Objects.requireNonNull(limit, "tryTake: limit is required for bucket " + bucketKey);
    Objects.requireNonNull(now, "tryTake: now is required for bucket " + bucketKey);
    long nowMicros = TokenBucket.epochMicros(now);
    maybeSweep(nowMicros);
    return take(
        leases.computeIfAbsent(bucketKey, k -> new Lease()),
        bucketKey,
        limit,
        now,
        nowMicros,
        true);
  }

  private CompletionStage<Boolean> take(
      Lease lease,
      String bucketKey,
      ThrottleLimit limit,
      Instant now,
      long nowMicros,
      boolean firstTry) {
    CompletableFuture<Void> pending;
    synchronized (lease) {
      if (firstTry) {
        lease.takesSinceFetch++;
      }
      if (lease.tokens > 0 && nowMicros < lease.expiresAtMicros) {
        lease.tokens--;
        return CompletableFuture.completedFuture(true);
      }
      if (nowMicros < lease.refuseUntilMicros) {
        return CompletableFuture.completedFuture(false);
      }
      if (limit.burst() == 0) {
        return CompletableFuture.completedFuture(false);
      }
      pending = lease.inFlight;
      if (pending == null) {
        pending = new CompletableFuture<>();
        lease.inFlight = pending;
        fetch(lease, pending, bucketKey, limit, now, nowMicros);
      }
    }
    return pending.thenCompose(done -> take(lease, bucketKey, limit, now, nowMicros, false));
  }

  /** Called under the lease's lock; the reply is applied under it too. */
  private void fetch(
      Lease lease,
      CompletableFuture<Void> pending,
      String bucketKey,
      ThrottleLimit limit,
      Instant now,
      long nowMicros) {
    CompletionStage<TokenLease> reply;
    leaseCalls.increment();
    try {
      reply = redis.lease(bucketKey, limit, now, policy.batchFor(limit, lease.demand(nowMicros)));
    } catch (RuntimeException e) {
      lease.inFlight = null;
      pending.completeExceptionally(e);
      return;
    }
    reply.whenComplete(
        (granted, failure) -> {
          synchronized (lease) {
            lease.inFlight = null;
            if (failure == null) {
              if (granted.granted() > 0) {
                lease.tokens = granted.granted();
                lease.expiresAtMicros = nowMicros + leaseTtlMicros;
              } else {
                long wait = granted.retryAfterMicros();
                lease.refuseUntilMicros =
                    nowMicros + (wait < 0 ? leaseTtlMicros : Math.min(wait, leaseTtlMicros));
              }
            }
          }
          if (failure != null) {
            pending.completeExceptionally(failure);
          } else {
            pending.complete(null);
          }
        });
  }

  @Override
  public CompletionStage<QuotaDecision> tryConsume(String quotaKey, QuotaLimit limit, Instant now) {
    Objects.requireNonNull(quotaKey, "tryConsume: quotaKey is required");
    Objects.requireNonNull(limit, "tryConsume: limit is required for quota " + quotaKey);
    Objects.requireNonNull(now, "tryConsume: now is required for quota " + quotaKey);
    quotaChecks.increment();
    if (quotaPolicy.maxChunk() == 0) {
      quotaCalls.increment();
      return redis.tryConsume(quotaKey, limit, now);
    }
    return consume(
        quotaLeases.computeIfAbsent(quotaKey, k -> new QuotaLease()), quotaKey, limit, now, true);
  }

  private CompletionStage<QuotaDecision> consume(
      QuotaLease q, String quotaKey, QuotaLimit limit, Instant now, boolean firstTry) {
    Instant resetsAt = QuotaPeriods.periodEnd(limit, now);
    long period = QuotaPeriods.periodStart(limit, now).getEpochSecond();
    long nanos = System.nanoTime();
    CompletableFuture<Boolean> pending;
    synchronized (q) {
      if (q.removed) {
        return tryConsumeAgain(quotaKey, limit, now);
      }
      q.lastUsedNanos = nanos;
      if (q.period != period || q.limit != limit.limit()) {
        if (q.period != period) {
          // A reservation from another period is forfeited: that period's counter expires.
          q.granted = 0;
          q.unspent = 0;
          q.unheld = limit.limit();
        }
        q.period = period;
        q.limit = limit.limit();
        q.exhausted = false;
        q.refuseUntilNanos = nanos;
      }
      if (firstTry) {
        q.checksSinceFetch++;
      }
      if (q.unspent > 0 && nanos - q.expiresAtNanos < 0) {
        q.unspent--;
        return CompletableFuture.completedFuture(
            new QuotaDecision(true, q.unheld + q.unspent, resetsAt));
      }
      if (limit.limit() == 0 || q.exhausted || nanos - q.refuseUntilNanos < 0) {
        return CompletableFuture.completedFuture(
            new QuotaDecision(false, q.exhausted ? 0 : q.unheld, resetsAt));
      }
      pending = q.inFlight;
      if (pending == null) {
        pending = new CompletableFuture<>();
        q.inFlight = pending;
        reserve(q, pending, quotaKey, limit, now, nanos, quotaPolicy.wanted(q.demand(nanos)));
      }
    }
    // Retry when the call granted something (concurrent checks may have spent it first) or only
    // settled; a call that granted nothing answers every check that waited for it.
    return pending.thenCompose(
        retry -> {
          if (retry) {
            return consume(q, quotaKey, limit, now, false);
          }
          synchronized (q) {
            return CompletableFuture.completedFuture(
                new QuotaDecision(false, q.exhausted ? 0 : q.unheld, resetsAt));
          }
        });
  }

  private CompletionStage<QuotaDecision> tryConsumeAgain(
      String quotaKey, QuotaLimit limit, Instant now) {
    return consume(
        quotaLeases.computeIfAbsent(quotaKey, k -> new QuotaLease()), quotaKey, limit, now, true);
  }

  /**
   * Called under the lease's lock: settles the reservation this node holds (if any) and, when
   * {@code wanted > 0}, reserves a new chunk; the reply is applied under the lock too.
   */
  private void reserve(
      QuotaLease q,
      CompletableFuture<Boolean> pending,
      String quotaKey,
      QuotaLimit limit,
      Instant now,
      long nanos,
      long wanted) {
    long settleGranted = q.granted;
    long settleUnspent = q.unspent;
    Instant settleAt = q.reservedAt;
    q.granted = 0;
    q.unspent = 0;
    q.settling += settleGranted - settleUnspent;
    Instant callAt = wanted > 0 ? now : settleAt;
    CompletionStage<QuotaReservation> reply;
    if (wanted > 0) {
      quotaCalls.increment();
    } else {
      quotaReturns.increment();
    }
    try {
      reply =
          redis.reserveQuota(
              quotaKey,
              limit,
              callAt,
              wanted,
              settleGranted,
              settleUnspent,
              nodeId,
              quotaPolicy.ttl().multipliedBy(2),
              quotaPolicy.spread());
    } catch (RuntimeException e) {
      restore(q, settleGranted, settleUnspent);
      q.inFlight = null;
      pending.completeExceptionally(e);
      return;
    }
    reply.whenComplete(
        (r, failure) -> {
          synchronized (q) {
            q.inFlight = null;
            if (failure != null) {
              restore(q, settleGranted, settleUnspent);
            } else {
              q.settling -= settleGranted - settleUnspent;
              if (wanted > 0 && q.period == QuotaPeriods.periodStart(limit, now).getEpochSecond()) {
                q.unheld = r.unheld();
                if (r.granted() > 0) {
                  q.granted = r.granted();
                  q.unspent = r.granted();
                  q.reservedAt = now;
                  q.reservedLimit = limit;
                  q.expiresAtNanos = nanos + quotaPolicy.ttl().toNanos();
                } else if (r.reserved() == 0) {
                  q.exhausted = true;
                } else {
                  q.refuseUntilNanos = nanos + quotaPolicy.refuseBackoff().toNanos();
                }
              }
            }
          }
          if (failure != null) {
            pending.completeExceptionally(failure);
          } else {
            pending.complete(wanted == 0 || r.granted() > 0);
          }
        });
  }

  /** A settle that failed: the reservation is this node's again, to settle later. */
  private static void restore(QuotaLease q, long granted, long unspent) {
    q.settling -= granted - unspent;
    if (granted > 0 && q.granted == 0) {
      q.granted = granted;
      q.unspent = unspent;
    }
  }

  /**
   * Gives back reservations that expired or that no check used for a quarter of the TTL (the quota
   * went idle here, so another node may need it); runs every quarter of the TTL.
   */
  private void returnExpired() {
    try {
      long nanos = System.nanoTime();
      long idleNanos = quotaPolicy.ttl().toNanos() / 4;
      for (var e : quotaLeases.entrySet()) {
        QuotaLease q = e.getValue();
        synchronized (q) {
          if (q.inFlight == null
              && q.granted == 0
              && q.settling == 0
              && nanos - q.lastUsedNanos > SWEEP_INTERVAL_MICROS * 1_000) {
            q.removed = true;
            quotaLeases.remove(e.getKey(), q);
          } else if (q.inFlight == null
              && q.granted > 0
              && (nanos - q.expiresAtNanos >= 0 || nanos - q.lastUsedNanos >= idleNanos)) {
            CompletableFuture<Boolean> pending = new CompletableFuture<>();
            q.inFlight = pending;
            reserve(q, pending, e.getKey(), q.reservedLimit, null, nanos, 0);
          }
        }
      }
    } catch (RuntimeException e) {
      // Next round tries again; a reservation that cannot be given back only under-admits.
    }
  }

  /**
   * Requests counted in the period: Redis's counter less every node's unsettled reservations, plus
   * what this node spent from its own unsettled ones (see the class comment for the bound).
   */
  @Override
  public CompletionStage<Long> used(String quotaKey, QuotaLimit limit, Instant now) {
    if (quotaPolicy.maxChunk() == 0) {
      return redis.used(quotaKey, limit, now);
    }
    long period = QuotaPeriods.periodStart(limit, now).getEpochSecond();
    long mine = 0;
    QuotaLease q = quotaLeases.get(quotaKey);
    if (q != null) {
      synchronized (q) {
        if (q.period == period) {
          mine = q.granted - q.unspent + q.settling;
        }
      }
    }
    long spentHere = mine;
    return redis.used(quotaKey, limit, now).thenApply(settled -> settled + spentHere);
  }

  /** Quota checks this node answered so far (locally or not). */
  public long quotaChecks() {
    return quotaChecks.sum();
  }

  /** Quota checks that sent a reservation call to Redis (with the checks, the round-trip share). */
  public long quotaCalls() {
    return quotaCalls.sum();
  }

  /** Background calls that gave expired reservations back. */
  public long quotaReturns() {
    return quotaReturns.sum();
  }

  /** Buckets this node holds lease state for; for tests and metrics. */
  public int leaseCount() {
    return leases.size();
  }

  /**
   * Lease calls sent to Redis so far; with the number of takes, the share that paid a round trip.
   */
  public long leaseCalls() {
    return leaseCalls.sum();
  }

  /** The store this one leases from. */
  public RedisCounterStore redis() {
    return redis;
  }

  /** Gives back every reservation this node holds (waiting up to 2 s), then closes Redis. */
  @Override
  public void close() {
    if (returner != null) {
      returner.shutdownNow();
      List<CompletableFuture<Boolean>> returns = new ArrayList<>();
      for (var e : quotaLeases.entrySet()) {
        QuotaLease q = e.getValue();
        synchronized (q) {
          if (q.inFlight != null) {
            returns.add(q.inFlight);
          } else if (q.granted > 0) {
            CompletableFuture<Boolean> pending = new CompletableFuture<>();
            q.inFlight = pending;
            reserve(q, pending, e.getKey(), q.reservedLimit, null, System.nanoTime(), 0);
            returns.add(pending);
          }
        }
      }
      try {
        CompletableFuture.allOf(returns.toArray(CompletableFuture[]::new)).get(2, TimeUnit.SECONDS);
      } catch (Exception e) {
        // Quota not given back stays counted until the period ends: fewer admitted, never more.
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
      }
    }
    redis.close();
  }

  private void maybeSweep(long nowMicros) {
    long due = nextSweepMicros.get();
    if (nowMicros < due || !nextSweepMicros.compareAndSet(due, nowMicros + SWEEP_INTERVAL_MICROS)) {
      return;
    }
    leases.values().removeIf(lease -> lease.idleAt(nowMicros));
  }

  /** One quota's reservation on this node; guarded by its own monitor. */
  private static final class QuotaLease {
    long period = Long.MIN_VALUE;
    long limit = -1;
    // The limit the current reservation was taken under, to give it back.
    QuotaLimit reservedLimit;
    boolean removed;
    long granted;
    long unspent;
    // Spent from reservations whose settle call is in flight.
    long settling;
    long unheld;
    Instant reservedAt;
    long expiresAtNanos;
    boolean exhausted;
    long refuseUntilNanos = System.nanoTime();
    long lastUsedNanos;
    CompletableFuture<Boolean> inFlight;
    int checksSinceFetch;
    long lastFetchNanos;
    boolean fetched;
    double demandPerSecond = Double.NaN;

    double demand(long nanos) {
      if (fetched) {
        long elapsed = Math.max(1_000_000L, nanos - lastFetchNanos);
        double sample = checksSinceFetch * 1e9 / elapsed;
        demandPerSecond = Double.isNaN(demandPerSecond) ? sample : (demandPerSecond + sample) / 2;
      }
      fetched = true;
      lastFetchNanos = nanos;
      checksSinceFetch = 0;
      return demandPerSecond;
    }
  }

  /** One bucket's state on this node; guarded by its own monitor. */
  private static final class Lease {
    int tokens;
    long expiresAtMicros;
    long refuseUntilMicros = Long.MIN_VALUE;
    CompletableFuture<Void> inFlight;
    // This node's demand for the bucket: takes counted between lease calls, smoothed.
    int takesSinceFetch;
    long lastFetchMicros = Long.MIN_VALUE;
    double demandPerSecond = Double.NaN;

    /** Called under the lock when a lease call goes out: updates and returns the demand. */
    double demand(long nowMicros) {
      if (lastFetchMicros != Long.MIN_VALUE) {
        long elapsed = Math.max(MIN_DEMAND_WINDOW_MICROS, nowMicros - lastFetchMicros);
        double sample = takesSinceFetch * 1e6 / elapsed;
        demandPerSecond = Double.isNaN(demandPerSecond) ? sample : (demandPerSecond + sample) / 2;
      }
      lastFetchMicros = nowMicros;
      takesSinceFetch = 0;
      return demandPerSecond;
    }

    synchronized boolean idleAt(long nowMicros) {
      return inFlight == null && nowMicros >= expiresAtMicros && nowMicros >= refuseUntilMicros;
    }
  }
}
