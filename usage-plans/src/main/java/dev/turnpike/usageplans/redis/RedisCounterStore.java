package dev.turnpike.usageplans.redis;

import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.QuotaDecision;
import dev.turnpike.usageplans.limit.QuotaPeriods;
import dev.turnpike.usageplans.limit.TokenBucket;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counters shared by every gateway node through Redis. Each bucket take and quota consume is one
 * atomic Lua script, so nodes cannot race each other. Time is the caller's {@code now}, never Redis
 * TIME, so this store and the in-memory one answer alike under the same clock. Every key carries a
 * TTL (a bucket's refill time, a quota's period end plus slack) so Redis does not fill up. Calls
 * are async over one multiplexed Lettuce connection and never block the caller.
 */
public final class RedisCounterStore implements CounterStore {
  /** Key prefix when none is given. */
  public static final String DEFAULT_KEY_PREFIX = "turnpike:";

  /** Quota counters outlive their period this long, to absorb clock skew between nodes. */
  static final Duration QUOTA_SLACK = Duration.ofMinutes(5);

  private static final LuaScript TOKEN_BUCKET = LuaScript.fromClasspath("token_bucket.lua");
  private static final LuaScript QUOTA = LuaScript.fromClasspath("quota.lua");
  private static final LuaScript TOKEN_LEASE = LuaScript.fromClasspath("token_lease.lua");
  private static final LuaScript QUOTA_LEASE = LuaScript.fromClasspath("quota_lease.lua");

  /**
   * Longest wait between two reconnect attempts when {@link #connect(String, String, Duration)}.
   */
  static final Duration MAX_RECONNECT_DELAY = Duration.ofSeconds(1);

  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final RedisAsyncCommands<String, String> redis;
  private final String keyPrefix;
  private final AtomicBoolean closed = new AtomicBoolean();

  private final ClientResources ownResources;

  private RedisCounterStore(
      RedisClient client,
      StatefulRedisConnection<String, String> connection,
      String keyPrefix,
      ClientResources ownResources) {
    this.client = client;
    this.ownResources = ownResources;
    this.connection = connection;
    this.redis = connection.async();
    this.keyPrefix = keyPrefix;
  }

  /** Connects with {@link #DEFAULT_KEY_PREFIX}; e.g. {@code redis://127.0.0.1:6379/0}. */
  public static RedisCounterStore connect(String redisUri) {
    return connect(redisUri, DEFAULT_KEY_PREFIX);
  }

  /**
   * Connects and loads the scripts once. Blocks while connecting, so call it at start-up, not on an
   * event loop. Every key this store writes starts with {@code keyPrefix}.
   */
  public static RedisCounterStore connect(String redisUri, String keyPrefix) {
    Objects.requireNonNull(redisUri, "RedisCounterStore.connect: redisUri is required");
    Objects.requireNonNull(keyPrefix, "RedisCounterStore.connect: keyPrefix is required");
    return open(RedisClient.create(redisUri), redisUri, keyPrefix, null);
  }

  /**
   * Connects for use behind a {@link FailoverCounterStore}: every command fails after {@code
   * commandTimeout}, commands issued while the connection is down fail at once instead of queuing
   * (so the node can decide locally without waiting), and reconnect attempts back off to at most
   * one a second. Blocks while connecting.
   */
  public static RedisCounterStore connect(
      String redisUri, String keyPrefix, Duration commandTimeout) {
    Objects.requireNonNull(redisUri, "RedisCounterStore.connect: redisUri is required");
    Objects.requireNonNull(keyPrefix, "RedisCounterStore.connect: keyPrefix is required");
    if (commandTimeout == null || commandTimeout.isNegative() || commandTimeout.isZero()) {
      throw new IllegalArgumentException(
          "RedisCounterStore.connect: commandTimeout must be > 0, got " + commandTimeout);
    }
    ClientResources resources =
        DefaultClientResources.builder()
            .reconnectDelay(
                Delay.exponential(
                    Duration.ofMillis(10), MAX_RECONNECT_DELAY, 2, TimeUnit.MILLISECONDS))
            .build();
    RedisClient client = RedisClient.create(resources, redisUri);
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
            .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
            .build());
    return open(client, redisUri, keyPrefix, resources);
  }

  private static RedisCounterStore open(
      RedisClient client, String redisUri, String keyPrefix, ClientResources ownResources) {
    try {
      StatefulRedisConnection<String, String> connection = client.connect();
      connection.sync().scriptLoad(TOKEN_BUCKET.source());
      connection.sync().scriptLoad(QUOTA.source());
      connection.sync().scriptLoad(TOKEN_LEASE.source());
      connection.sync().scriptLoad(QUOTA_LEASE.source());
      return new RedisCounterStore(client, connection, keyPrefix, ownResources);
    } catch (RedisException e) {
      client.shutdown();
      if (ownResources != null) {
        ownResources.shutdown();
      }
      throw new IllegalStateException(
          "RedisCounterStore: cannot connect to "
              + redactPassword(redisUri)
              + " or load its Lua scripts; check that Redis runs there and the URI is right",
          e);
    }
  }

  @Override
  public CompletionStage<Boolean> tryTake(String bucketKey, ThrottleLimit limit, Instant now) {
    Objects.requireNonNull(bucketKey, "tryTake: bucketKey is required");
    Objects.requireNonNull(limit, "tryTake: limit is required for bucket " + bucketKey);
    Objects.requireNonNull(now, "tryTake: now is required for bucket " + bucketKey);
    String[] keys = {keyPrefix + "b:" + bucketKey};
    CompletionStage<Long> taken =
        TOKEN_BUCKET.run(
            redis,
            ScriptOutputType.INTEGER,
            keys,
            Double.toString(limit.ratePerSecond()),
            Integer.toString(limit.burst()),
            Long.toString(TokenBucket.epochMicros(now)),
            Long.toString(TokenBucket.idleTtl(limit).toMillis()),
            Double.toString(TokenBucket.WHOLE_TOKEN_TOLERANCE));
    return taken.thenApply(result -> result == 1L);
  }

  /**
   * Takes {@code maxTokens} whole tokens (at most the burst) from the bucket in one atomic script,
   * all or none, for a node to spend locally ({@link LeasingCounterStore}); with none, the reply
   * says when they will be there. Uses the same bucket as {@link #tryTake}.
   */
  public CompletionStage<TokenLease> lease(
      String bucketKey, ThrottleLimit limit, Instant now, int maxTokens) {
    Objects.requireNonNull(bucketKey, "lease: bucketKey is required");
    Objects.requireNonNull(limit, "lease: limit is required for bucket " + bucketKey);
    Objects.requireNonNull(now, "lease: now is required for bucket " + bucketKey);
    if (maxTokens < 1) {
      throw new IllegalArgumentException(
          "lease: maxTokens must be >= 1 for bucket " + bucketKey + ", got " + maxTokens);
    }
    CompletionStage<List<Object>> result =
        TOKEN_LEASE.run(
            redis,
            ScriptOutputType.MULTI,
            new String[] {keyPrefix + "b:" + bucketKey},
            Double.toString(limit.ratePerSecond()),
            Integer.toString(limit.burst()),
            Long.toString(TokenBucket.epochMicros(now)),
            Long.toString(TokenBucket.idleTtl(limit).toMillis()),
            Double.toString(TokenBucket.WHOLE_TOKEN_TOLERANCE),
            Integer.toString(maxTokens));
    return result.thenApply(
        reply -> new TokenLease(((Long) reply.get(0)).intValue(), (Long) reply.get(1)));
  }

  /** One PING; completes exceptionally when Redis cannot be reached. For health probes. */
  public CompletionStage<Void> ping() {
    return redis.ping().thenApply(pong -> null);
  }

  @Override
  public CompletionStage<QuotaDecision> tryConsume(String quotaKey, QuotaLimit limit, Instant now) {
    String key = quotaKey(quotaKey, limit, now);
    Instant resetsAt = QuotaPeriods.periodEnd(limit, now);
    long ttlMillis = Duration.between(now, resetsAt).plus(QUOTA_SLACK).toMillis();
    CompletionStage<List<Object>> result =
        QUOTA.run(
            redis,
            ScriptOutputType.MULTI,
            new String[] {key},
            Long.toString(limit.limit()),
            Long.toString(ttlMillis));
    return result.thenApply(
        reply -> {
          boolean allowed = ((Long) reply.get(0)) == 1L;
          long used = (Long) reply.get(1);
          return new QuotaDecision(allowed, Math.max(0, limit.limit() - used), resetsAt);
        });
  }

  /**
   * Requests counted in the period: the counter less the quota leasing nodes hold and have not
   * settled yet ({@link #reserveQuota}); with no leasing node, the counter itself.
   */
  @Override
  public CompletionStage<Long> used(String quotaKey, QuotaLimit limit, Instant now) {
    String key = quotaKey(quotaKey, limit, now);
    return redis
        .mget(key, key + ":r")
        .thenApply(
            values -> {
              long counted =
                  values.get(0).getValueOrElse(null) == null
                      ? 0L
                      : Long.parseLong(values.get(0).getValue());
              long reserved =
                  values.get(1).getValueOrElse(null) == null
                      ? 0L
                      : Long.parseLong(values.get(1).getValue());
              return Math.max(0, counted - reserved);
            });
  }

  /**
   * One atomic call on the quota counter of the period that contains {@code now}, for {@link
   * LeasingCounterStore}: first settles a reservation this node held in that period ({@code
   * settleGranted} granted, {@code settleUnspent} of it given back; 0 and 0 for none), then, when
   * {@code wanted > 0}, reserves min(wanted, remaining / (spread x active nodes), remaining)
   * requests of the quota, at least 1 while any is left. Reserved quota counts against the limit
   * for every node (plain ones too) until it is settled.
   */
  public CompletionStage<QuotaReservation> reserveQuota(
      String quotaKey,
      QuotaLimit limit,
      Instant now,
      long wanted,
      long settleGranted,
      long settleUnspent,
      String nodeId,
      Duration activeWindow,
      double spread) {
    String key = quotaKey(quotaKey, limit, now);
    Instant resetsAt = QuotaPeriods.periodEnd(limit, now);
    long ttlMillis = Math.max(1, Duration.between(now, resetsAt).plus(QUOTA_SLACK).toMillis());
    CompletionStage<List<Object>> result =
        QUOTA_LEASE.run(
            redis,
            ScriptOutputType.MULTI,
            new String[] {key, key + ":r", key + ":n"},
            Long.toString(limit.limit()),
            Long.toString(ttlMillis),
            Long.toString(wanted),
            Long.toString(settleGranted),
            Long.toString(settleUnspent),
            nodeId,
            Long.toString(System.currentTimeMillis()),
            Long.toString(activeWindow.toMillis()),
            Double.toString(spread));
    return result.thenApply(
        reply ->
            new QuotaReservation(
                (Long) reply.get(0),
                Math.max(0, limit.limit() - (Long) reply.get(1)),
                (Long) reply.get(2),
                ((Long) reply.get(3)).intValue()));
  }

  /** Closes the connection and shuts the client's threads down; safe to call twice. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      connection.close();
      client.shutdown(0, 2, TimeUnit.SECONDS);
      if (ownResources != null) {
        ownResources.shutdown(0, 2, TimeUnit.SECONDS);
      }
    }
  }

  /** The period start is part of the key, so a new period needs no reset and old ones expire. */
  private String quotaKey(String quotaKey, QuotaLimit limit, Instant now) {
    Objects.requireNonNull(quotaKey, "quota: quotaKey is required");
    Objects.requireNonNull(limit, "quota: limit is required for quota " + quotaKey);
    Objects.requireNonNull(now, "quota: now is required for quota " + quotaKey);
    return keyPrefix
        + "q:"
        + quotaKey
        + ":"
        + QuotaPeriods.periodStart(limit, now).getEpochSecond();
  }

  /** Connection URIs may carry a password ({@code redis://:secret@host}); never put it in a log. */
  static String redactPassword(String uri) {
    return uri.replaceAll("//[^@/]*@", "//***@");
  }
}
