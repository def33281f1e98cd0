package dev.turnpike.usageplans.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisScriptingAsyncCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * A Lua script read from the classpath, run by its SHA-1 digest. When Redis answers NOSCRIPT (a
 * restart, a failover, SCRIPT FLUSH), that call falls back to EVAL, which also caches the script
 * again for the next EVALSHA.
 */
final class LuaScript {
  private final String name;
  private final String source;
  private final String sha;

  private LuaScript(String name, String source) {
    this.name = name;
    this.source = source;
    this.sha = sha1Hex(source);
  }

  static LuaScript fromClasspath(String resourceName) {
    try (InputStream in = LuaScript.class.getResourceAsStream(resourceName)) {
      if (in == null) {
        throw new IllegalStateException(
            "Lua script '" + resourceName + "' is missing next to " + LuaScript.class.getName());
      }
      return new LuaScript(resourceName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Lua script '" + resourceName + "'", e);
    }
  }

  /** A script from source text; the store uses {@link #fromClasspath}, tests use this. */
  static LuaScript of(String name, String source) {
    return new LuaScript(name, source);
  }

  @Override
  public String toString() {
    return "LuaScript[" + name + ", sha=" + sha + "]";
  }

  String source() {
    return source;
  }

  String sha() {
    return sha;
  }

  <T> CompletionStage<T> run(
      RedisScriptingAsyncCommands<String, String> redis,
      ScriptOutputType type,
      String[] keys,
      String... args) {
    CompletionStage<T> bySha = redis.evalsha(sha, type, keys, args);
    return bySha.exceptionallyCompose(
        failure -> {
          if (unwrap(failure) instanceof RedisNoScriptException) {
            return redis.<T>eval(source, type, keys, args);
          }
          return CompletableFuture.failedStage(failure);
        });
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String sha1Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-1, which every Java runtime must", e);
    }
  }
}
