package dev.turnpike.usageplans.redis;

import dev.turnpike.usageplans.limit.QuotaDecision;
import dev.turnpike.usageplans.limit.QuotaPeriods;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.redis.LeasingCounterStore.QuotaLeasePolicy;
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
import java.util.concurrent.atomic.LongAdder;

/**
 * The quota half of {@link LeasingCounterStore}: reservations of quota taken from Redis in chunks
 * that shrink as the quota runs out, spent on this node, and given back when idle or at close (the
 * class comment of {@link LeasingCounterStore} gives the bounds).
 */
final class QuotaLeases {
  // A reservation unused this long is forgotten (the same idle time as a throttle lease).
  private static final long FORGET_AFTER_NANOS = 60_000_000_000L;

  private final RedisCounterStore redis;
  private final QuotaLeasePolicy quotaPolicy;
  private final String nodeId = UUID.randomUUID().toString();
  private final ConcurrentHashMap<String, QuotaLease> quotaLeases = new ConcurrentHashMap<>();
  private final LongAdder quotaChecks = new LongAdder();
  private final LongAdder quotaCalls = new LongAdder();
  private final LongAdder quotaReturns = new LongAdder();
  private final ScheduledExecutorService returner;

  QuotaLeases(RedisCounterStore redis, QuotaLeasePolicy quotaPolicy) {
    this.redis = redis;
    this.quotaPolicy =
        Objects.requireNonNull(quotaPolicy, "LeasingCounterStore: quotaPolicy is required");
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

  CompletionStage<QuotaDecision> tryConsume(String quotaKey, QuotaLimit limit, Instant now) {
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
              && nanos - q.lastUsedNanos > FORGET_AFTER_NANOS) {
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
  CompletionStage<Long> used(String quotaKey, QuotaLimit limit, Instant now) {
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
  long quotaChecks() {
    return quotaChecks.sum();
  }

  /** Quota checks that sent a reservation call to Redis (with the checks, the round-trip share). */
  long quotaCalls() {
    return quotaCalls.sum();
  }

  /** Background calls that gave expired reservations back. */
  long quotaReturns() {
    return quotaReturns.sum();
  }

  /** Gives back every reservation this node holds, waiting up to 2 s. */
  void giveBackAll() {
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
}
