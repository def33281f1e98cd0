package dev.turnpike.gateway.server;

import dev.turnpike.gateway.cors.PortalOrigins;
import dev.turnpike.gateway.metering.TrafficMeter;
import dev.turnpike.gateway.metering.TrafficSink;
import dev.turnpike.gateway.metering.UsageSink;
import dev.turnpike.gateway.pipeline.TraceRegistry;
import dev.turnpike.usageplans.limit.CounterStore;
import dev.turnpike.usageplans.limit.InMemoryCounterStore;
import dev.turnpike.usageplans.metering.UsageMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * How a gateway node runs: where it listens, the secret API keys are hashed with (the portal's),
 * the counter store for throttles and quotas, the clock limits are computed on, the usage meter,
 * and where usage goes: {@code usageSink} (null: counts stay in the meter) every {@code
 * flushInterval}; likewise the traffic statistics for analytics ({@code traffic}, {@code
 * trafficSink}); the trusted portal origins that get CORS from every API. Port 0 picks a free port
 * (see {@link GatewayServer#port()}).
 */
public record GatewayConfig(
    String host,
    int port,
    byte[] keyHashSecret,
    CounterStore counterStore,
    Clock clock,
    UsageMeter meter,
    UsageSink usageSink,
    Duration flushInterval,
    TrafficMeter traffic,
    TrafficSink trafficSink,
    AccessLogFormat accessLogFormat,
    TraceRegistry traces,
    PortalOrigins portalOrigins) {

  /** The payload cap: bodies past it are answered 413. */
  public static final long MAX_PAYLOAD_BYTES = 10L * 1024 * 1024;

  /** How often usage is flushed to the sink unless configured. */
  public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(5);

  public GatewayConfig {
    Objects.requireNonNull(host, "GatewayConfig: host is required (e.g. 0.0.0.0)");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("GatewayConfig: port must be 0..65535, got " + port);
    }
    Objects.requireNonNull(
        keyHashSecret, "GatewayConfig: keyHashSecret is required (the portal's API key secret)");
    keyHashSecret = keyHashSecret.clone();
    Objects.requireNonNull(counterStore, "GatewayConfig: counterStore is required");
    Objects.requireNonNull(clock, "GatewayConfig: clock is required");
    Objects.requireNonNull(meter, "GatewayConfig: meter is required");
    Objects.requireNonNull(traffic, "GatewayConfig: traffic is required");
    Objects.requireNonNull(accessLogFormat, "GatewayConfig: accessLogFormat is required");
    portalOrigins = portalOrigins == null ? PortalOrigins.none() : portalOrigins;
    if (flushInterval == null || flushInterval.isNegative() || flushInterval.isZero()) {
      throw new IllegalArgumentException(
          "GatewayConfig: flushInterval must be positive, got " + flushInterval);
    }
  }

  @Override
  public byte[] keyHashSecret() {
    return keyHashSecret.clone();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GatewayConfig c
        && host.equals(c.host)
        && port == c.port
        && Arrays.equals(keyHashSecret, c.keyHashSecret)
        && counterStore.equals(c.counterStore)
        && clock.equals(c.clock)
        && meter.equals(c.meter)
        && Objects.equals(usageSink, c.usageSink)
        && flushInterval.equals(c.flushInterval)
        && traffic.equals(c.traffic)
        && Objects.equals(trafficSink, c.trafficSink)
        && accessLogFormat.equals(c.accessLogFormat)
        && Objects.equals(traces, c.traces)
        && portalOrigins.origins().equals(c.portalOrigins.origins());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        host,
        port,
        Arrays.hashCode(keyHashSecret),
        counterStore,
        clock,
        meter,
        usageSink,
        flushInterval,
        traffic,
        trafficSink,
        accessLogFormat,
        traces,
        portalOrigins.origins());
  }

  @Override
  public String toString() {
    return "GatewayConfig[host=" + host + ", port=" + port + ", keyHashSecret=***]";
  }

  /**
   * Defaults: host 0.0.0.0, port 8081, in-memory counters, the UTC system clock, a fresh meter, no
   * usage sink, flush every 5 s, a fresh traffic meter and no traffic sink. The key hash secret has
   * no default.
   */
  public static final class Builder {
    private String host = "0.0.0.0";
    private int port = 8081;
    private byte[] keyHashSecret;
    private CounterStore counterStore;
    private Clock clock = Clock.systemUTC();
    private UsageMeter meter;
    private UsageSink usageSink;
    private Duration flushInterval = DEFAULT_FLUSH_INTERVAL;
    private TrafficMeter traffic;
    private TrafficSink trafficSink;
    private String accessLogFormat;
    private TraceRegistry traces;
    private PortalOrigins portalOrigins = PortalOrigins.none();

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder keyHashSecret(byte[] secret) {
      this.keyHashSecret = secret;
      return this;
    }

    public Builder counterStore(CounterStore store) {
      this.counterStore = store;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder meter(UsageMeter meter) {
      this.meter = meter;
      return this;
    }

    /**
     * Where the node flushes usage counts (at least once; the sink de-duplicates by {@code
     * flushId}); null keeps them in the meter.
     */
    public Builder usageSink(UsageSink sink) {
      this.usageSink = sink;
      return this;
    }

    /**
     * How often usage is flushed to the sink (default 5 s); the node flushes once more on close.
     */
    public Builder flushInterval(Duration interval) {
      this.flushInterval = interval;
      return this;
    }

    public Builder traffic(TrafficMeter traffic) {
      this.traffic = traffic;
      return this;
    }

    /** Where the node flushes traffic statistics, with usage; null keeps them in the meter. */
    public Builder trafficSink(TrafficSink sink) {
      this.trafficSink = sink;
      return this;
    }

    /**
     * The access-log line with {@code $context.*} variables; null or blank: {@link
     * AccessLogFormat#DEFAULT}. An unknown variable fails {@link #build()}.
     */
    public Builder accessLogFormat(String format) {
      this.accessLogFormat = format;
      return this;
    }

    /**
     * Traces every request into this registry: for a private test-invoke node only (traces cost
     * time and memory); null (the default) traces nothing.
     */
    public Builder traces(TraceRegistry traces) {
      this.traces = traces;
      return this;
    }

    /**
     * Trusted developer portals (their pages' origins): browsers there get CORS from every API, so
     * the portal's try-it console works even where the API's author configured none.
     */
    public Builder portalOrigins(PortalOrigins origins) {
      this.portalOrigins = origins;
      return this;
    }

    public GatewayConfig build() {
      return new GatewayConfig(
          host,
          port,
          keyHashSecret,
          counterStore != null ? counterStore : new InMemoryCounterStore(),
          clock,
          meter != null ? meter : new UsageMeter(clock),
          usageSink,
          flushInterval,
          traffic != null ? traffic : new TrafficMeter(clock),
          trafficSink,
          AccessLogFormat.parse(accessLogFormat),
          traces,
          portalOrigins);
    }
  }
}
