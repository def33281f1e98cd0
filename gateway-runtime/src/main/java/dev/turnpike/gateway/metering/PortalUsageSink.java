package dev.turnpike.gateway.metering;

import dev.turnpike.usageplans.metering.UsageRecord;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A standalone node's usage sink: {@code POST {portal}/internal/v1/usage} with {@code
 * Authorization: Bearer <sync token>}, {@code Content-Type: application/json} and a JSON array of
 * {@code {"keyId","apiId","stage","day":"YYYY-MM-DD","count","flushId"}}. The portal answers 204
 * once it has stored the records (ignoring {@code flushId}s it has seen); any other answer, or none
 * within the timeout, is a failure and the same records are sent again on the next flush. Never
 * logs the token.
 */
public final class PortalUsageSink implements UsageSink {

  /** The portal's internal usage endpoint, relative to its base URL. */
  public static final String USAGE_PATH = "/internal/v1/usage";

  private final URI usageUri;
  private final String token;
  private final HttpClient client;

  public PortalUsageSink(URI usageUri, String token) {
    this.usageUri = Objects.requireNonNull(usageUri, "PortalUsageSink: usageUri is required");
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("PortalUsageSink: the portal's sync token is required");
    }
    this.token = token;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * The usage URL for a portal base URL such as {@code http://portal:8080} (with its context root,
   * if any); a URL ending in the snapshot path is taken as the base before it.
   */
  public static URI usageUri(String portalBaseUrl, String snapshotPath) {
    String base = portalBaseUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    if (base.endsWith(snapshotPath)) {
      base = base.substring(0, base.length() - snapshotPath.length());
    }
    return URI.create(base + USAGE_PATH);
  }

  public URI usageUri() {
    return usageUri;
  }

  @Override
  public CompletionStage<Void> accept(List<UsageRecord> records) {
    return PortalPost.send(client, usageUri, token, json(records));
  }

  /** The request body: a JSON array, one object per record. */
  public static String json(List<UsageRecord> records) {
    JsonArray array = new JsonArray();
    for (UsageRecord r : records) {
      array.add(
          new JsonObject()
              .put("keyId", r.keyId())
              .put("apiId", r.apiId())
              .put("stage", r.stage())
              .put("day", r.day().toString())
              .put("count", r.count())
              .put("flushId", r.flushId()));
    }
    return array.encode();
  }

  @Override
  public String toString() {
    return "PortalUsageSink[" + usageUri + ", token=***]";
  }
}
