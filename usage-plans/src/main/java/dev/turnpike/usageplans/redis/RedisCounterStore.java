package dev.turnpike.usageplans.redis;

import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.QuotaDecision;
import dev.turnpike.usageplans.limit.QuotaPeriods;
import dev.turnpike.usageplans.limit.TokenBucket;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
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

  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final RedisAsyncCommands<String, String> redis;
  private final String keyPrefix;
  private final AtomicBoolean closed = new AtomicBoolean();

  private RedisCounterStore(
      RedisClient client, StatefulRedisConnection<String, String> connection, String keyPrefix) {
    this.client = client;
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
    RedisClient client = RedisClient.create(redisUri);
    try {
      StatefulRedisConnection<String, String> connection = client.connect();
      connection.sync().scriptLoad(TOKEN_BUCKET.source());
      connection.sync().scriptLoad(QUOTA.source());
      return new RedisCounterStore(client, connection, keyPrefix);
    } catch (RedisException e) {
      client.shutdown();
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

  @Override
  public CompletionStage<Long> used(String quotaKey, QuotaLimit limit, Instant now) {
    return redis
        .get(quotaKey(quotaKey, limit, now))
        .thenApply(value -> value == null ? 0L : Long.parseLong(value));
  }

  /** Closes the connection and shuts the client's threads down; safe to call twice. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      connection.close();
      client.shutdown(0, 2, TimeUnit.SECONDS);
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
