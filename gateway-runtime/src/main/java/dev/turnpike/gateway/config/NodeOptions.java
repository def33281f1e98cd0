package dev.turnpike.gateway.config;

import dev.turnpike.gateway.cors.PortalOrigins;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The standalone gateway's options, resolved once at start: a flag beats its environment variables,
 * which beat the default. {@link #parse} refuses bad or missing values with an {@link
 * IllegalArgumentException} whose message names the option and the fix. The modes {@code --api},
 * {@code --snapshot} and {@code --portal} exclude each other; a mode given as a flag overrides the
 * other modes' env variables.
 */
public final class NodeOptions {

  public static final String USAGE_HEAD =
      "usage: gateway (--api file.yaml | --snapshot file.json [--key-secret-file F]"
          + " | --portal URL --sync-token-file F --key-secret-file F) [options]";

  /** The modes: exactly one is given. */
  private static final List<Option> MODES = List.of(Option.API, Option.SNAPSHOT, Option.PORTAL);

  private final Map<Option, String> values;
  private final Map<String, String> env;
  private final boolean help;

  private NodeOptions(Map<Option, String> values, Map<String, String> env, boolean help) {
    this.values = values;
    this.env = env;
    this.help = help;
  }

  /** Reads {@code args} and {@code env} (normally {@link System#getenv()}) and checks them. */
  public static NodeOptions parse(String[] args, Map<String, String> env) {
    Map<Option, String> flags = new EnumMap<>(Option.class);
    for (int i = 0; i < args.length; i += 2) {
      if ("--help".equals(args[i]) || "-h".equals(args[i])) {
        return new NodeOptions(flags, env, true);
      }
      String flag = args[i];
      Option option =
          Option.byFlag(flag).orElseThrow(() -> bad("unknown option '" + flag + "'; see --help"));
      if (option.isSwitch()) {
        flags.put(option, "true");
        i--;
        continue;
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw bad(option.flag() + " needs a value; see --help");
      }
      flags.put(option, args[i + 1]);
    }
    Map<Option, String> values = resolve(flags, env);
    dropModesOnlyFromEnv(flags, values);
    NodeOptions options = new NodeOptions(values, env, false);
    options.check();
    return options;
  }

  /** The usage text: every option with its environment variables and default. */
  public static String usage() {
    return Stream.of(Option.values())
        .map(Option::usageLine)
        .collect(Collectors.joining("\n", USAGE_HEAD + "\n", "\n"));
  }

  public boolean help() {
    return help;
  }

  /** The value, or empty when neither flag, environment nor default gives one. */
  public Optional<String> get(Option option) {
    return Optional.ofNullable(values.get(option));
  }

  /** The value, which has a default. */
  public String value(Option option) {
    return get(option).orElseThrow(() -> bad(option.label() + " has no value; see --help"));
  }

  public boolean portalMode() {
    return values.containsKey(Option.PORTAL);
  }

  /** True for {@code --snapshot}: one snapshot file, no portal. */
  public boolean snapshotMode() {
    return values.containsKey(Option.SNAPSHOT);
  }

  public int port() {
    return Integer.parseInt(value(Option.PORT));
  }

  public int nodeCount() {
    return Integer.parseInt(value(Option.NODE_COUNT));
  }

  /** True for {@code --redis-failure-mode fail-closed}. */
  public boolean redisFailsClosed() {
    return "fail-closed".equals(value(Option.REDIS_FAILURE_MODE).trim().toLowerCase(Locale.ROOT));
  }

  public Duration redisTimeout() {
    return Duration.ofMillis(Long.parseLong(value(Option.REDIS_TIMEOUT_MS)));
  }

  /** True for {@code --no-leasing}: plain Redis calls for every throttle. */
  public boolean noLeasing() {
    return Boolean.parseBoolean(value(Option.NO_LEASING).trim());
  }

  /** The Redis channel snapshot change notices arrive on. */
  public String snapshotChannel() {
    return value(Option.SNAPSHOT_CHANNEL).strip();
  }

  public Duration usageFlushInterval() {
    return Duration.ofSeconds(Long.parseLong(value(Option.USAGE_FLUSH_SECONDS)));
  }

  public Duration pollInterval() {
    return Duration.ofSeconds(Long.parseLong(value(Option.POLL_SECONDS)));
  }

  /** The trusted portal origins of {@code --portal-origin} (none by default). */
  public PortalOrigins portalOrigins() {
    return PortalOrigins.parse(get(Option.PORTAL_ORIGIN).orElse(null));
  }

  /** An environment variable that holds a value directly (e.g. TURNPIKE_SYNC_TOKEN). */
  Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }

  private static Map<Option, String> resolve(Map<Option, String> flags, Map<String, String> env) {
    Map<Option, String> resolved = new EnumMap<>(Option.class);
    for (Option option : Option.values()) {
      String value = flags.get(option);
      for (int i = 0; value == null && i < option.envNames().size(); i++) {
        String fromEnv = env.get(option.envNames().get(i));
        value = fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
      }
      value = value == null ? option.defaultValue() : value;
      if (value != null) {
        resolved.put(option, value);
      }
    }
    return resolved;
  }

  /** A mode chosen by flag beats the other modes coming only from the environment. */
  private static void dropModesOnlyFromEnv(Map<Option, String> flags, Map<Option, String> values) {
    if (MODES.stream().anyMatch(flags::containsKey)) {
      MODES.stream().filter(mode -> !flags.containsKey(mode)).forEach(values::remove);
    }
  }

  private void check() {
    List<Option> modes = MODES.stream().filter(values::containsKey).toList();
    if (modes.size() > 1) {
      throw bad(
          modes.get(0).flag()
              + " and "
              + modes.get(1).flag()
              + " are mutually exclusive: serve a file (--api or --snapshot) or pull from a portal"
              + " (--portal)");
    }
    if (modes.isEmpty()) {
      throw bad(
          "--api is required (TURNPIKE_API), or --snapshot (TURNPIKE_SNAPSHOT) to serve a snapshot"
              + " file, or --portal (TURNPIKE_SYNC_PORTAL_URL) to pull snapshots from a portal;"
              + " see --help");
    }
    checkRange(Option.PORT, 0, 65_535);
    checkRange(Option.POLL_SECONDS, 1, 3600);
    checkRange(Option.NODE_COUNT, 1, 1000);
    checkRange(Option.REDIS_TIMEOUT_MS, 1, 60_000);
    checkRange(Option.USAGE_FLUSH_SECONDS, 1, 3600);
    String mode = value(Option.REDIS_FAILURE_MODE).trim().toLowerCase(Locale.ROOT);
    if (!mode.equals("fail-open") && !mode.equals("fail-closed")) {
      throw bad(
          Option.REDIS_FAILURE_MODE.label()
              + " must be fail-open or fail-closed, got '"
              + value(Option.REDIS_FAILURE_MODE)
              + "'");
    }
    if (value(Option.SNAPSHOT_CHANNEL).isBlank()) {
      throw bad(
          Option.SNAPSHOT_CHANNEL.label()
              + " must not be blank; leave it out for the default "
              + Option.SNAPSHOT_CHANNEL.defaultValue());
    }
    try {
      portalOrigins();
    } catch (IllegalArgumentException e) {
      throw bad(Option.PORTAL_ORIGIN.label() + ": " + e.getMessage());
    }
    String noLeasing = value(Option.NO_LEASING).trim().toLowerCase(Locale.ROOT);
    if (!noLeasing.equals("true") && !noLeasing.equals("false")) {
      throw bad(
          Option.NO_LEASING.label()
              + " must be true or false, got '"
              + value(Option.NO_LEASING)
              + "'");
    }
  }

  private void checkRange(Option option, long min, long max) {
    String value = value(option);
    if (!value.matches("\\d{1,9}") || Long.parseLong(value) < min || Long.parseLong(value) > max) {
      throw bad(option.label() + " must be " + min + ".." + max + ", got '" + value + "'");
    }
  }

  static IllegalArgumentException bad(String message) {
    return new IllegalArgumentException(message);
  }
}
