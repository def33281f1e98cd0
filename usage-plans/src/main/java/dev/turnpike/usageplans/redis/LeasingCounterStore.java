package dev.turnpike.usageplans.redis;

import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.QuotaDecision;
import dev.turnpike.usageplans.limit.TokenBucket;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
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
  private final QuotaLeases quotas;

  /** Leases from {@code redis}, which this store then owns and closes. */
  public LeasingCounterStore(RedisCounterStore redis, LeasePolicy policy) {
    this(redis, policy, QuotaLeasePolicy.DEFAULT);
  }

  /** Leases throttle tokens and quota from {@code redis}, which this store then owns and closes. */
  public LeasingCounterStore(
      RedisCounterStore redis, LeasePolicy policy, QuotaLeasePolicy quotaPolicy) {
    this.redis = Objects.requireNonNull(redis, "LeasingCounterStore: redis is required");
    this.policy = Objects.requireNonNull(policy, "LeasingCounterStore: policy is required");
    this.leaseTtlMicros = policy.leaseTtl().toNanos() / 1_000;
    this.quotas = new QuotaLeases(this.redis, quotaPolicy);
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
    return quotas.tryConsume(quotaKey, limit, now);
  }

  /**
   * Requests counted in the period: the Redis counter minus unsettled reservations, plus what this
   * node spent from its own (see the class comment for the bound).
   */
  @Override
  public CompletionStage<Long> used(String quotaKey, QuotaLimit limit, Instant now) {
    return quotas.used(quotaKey, limit, now);
  }

  /** Quota checks this node answered so far (locally or not). */
  public long quotaChecks() {
    return quotas.quotaChecks();
  }

  /** Quota checks that sent a reservation call to Redis (with the checks, the round-trip share). */
  public long quotaCalls() {
    return quotas.quotaCalls();
  }

  /** Background calls that gave expired reservations back. */
  public long quotaReturns() {
    return quotas.quotaReturns();
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
    quotas.giveBackAll();
    redis.close();
  }

  private void maybeSweep(long nowMicros) {
    long due = nextSweepMicros.get();
    if (nowMicros < due || !nextSweepMicros.compareAndSet(due, nowMicros + SWEEP_INTERVAL_MICROS)) {
      return;
    }
    leases.values().removeIf(lease -> lease.idleAt(nowMicros));
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
