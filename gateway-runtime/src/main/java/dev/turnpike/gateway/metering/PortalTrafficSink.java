package dev.turnpike.gateway.metering;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A standalone node's traffic sink: {@code POST {portal}/internal/v1/traffic} with the sync token
 * and a JSON array of {@code {"apiId","stage","method","keyId","hour","requests","clientErrors",
 * "serverErrors","throttled","latency","flushId"}}; the portal answers 204 once stored. A portal
 * that predates {@code throttled} ignores it; one that knows it reads its absence as 0.
 */
public final class PortalTrafficSink implements TrafficSink {
  public static final String TRAFFIC_PATH = "/internal/v1/traffic";

  private final URI trafficUri;
  private final String token;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The sink beside a usage sink: same portal (and context root), same token. */
  public PortalTrafficSink(URI usageUri, String token) {
    Objects.requireNonNull(usageUri, "PortalTrafficSink: usageUri is required");
    String usage = usageUri.toString();
    String base =
        usage.endsWith(PortalUsageSink.USAGE_PATH)
            ? usage.substring(0, usage.length() - PortalUsageSink.USAGE_PATH.length())
            : usage;
    this.trafficUri = URI.create(base + TRAFFIC_PATH);
    this.token = Objects.requireNonNull(token, "PortalTrafficSink: token is required");
  }

  @Override
  public CompletionStage<Void> accept(List<TrafficRecord> records) {
    return PortalPost.send(client, trafficUri, token, json(records));
  }

  public static String json(List<TrafficRecord> records) {
    JsonArray array = new JsonArray();
    for (TrafficRecord r : records) {
      array.add(
          new JsonObject()
              .put("apiId", r.apiId())
              .put("stage", r.stage())
              .put("method", r.method())
              .put("keyId", r.keyId())
              .put("hour", r.hour().toString())
              .put("requests", r.requests())
              .put("clientErrors", r.clientErrors())
              .put("serverErrors", r.serverErrors())
              .put("throttled", r.throttled())
              .put("latency", r.latencyHistogram())
              .put("flushId", r.flushId()));
    }
    return array.encode();
  }

  @Override
  public String toString() {
    return "PortalTrafficSink[" + trafficUri + ", token=***]";
  }
}
