package dev.turnpike.gateway.server;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.turnpike.gateway.pipeline.RequestContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An access-log line shaped like Amazon API Gateway's access logging: any text with {@code
 * $context.*} variables (CLF, JSON, CSV, key=value...). Parsed once at start, so an unknown
 * variable stops the node with its name instead of logging nonsense; rendering is appending
 * segments. A missing value prints {@code -}, as AWS does. When the format is JSON (starts with
 * <code>{</code>), values are JSON-escaped so a hostile path cannot break the line's structure. API
 * keys themselves are never available.
 */
public final class AccessLogFormat {
  /** Our default: key=value pairs, easy to grep and to parse. */
  public static final String DEFAULT =
      "requestId=$context.requestId apiId=$context.apiId stage=$context.stage"
          + " method=$context.httpMethod path=$context.path status=$context.status"
          + " latencyMs=$context.responseLatency keyId=$context.identity.apiKeyId"
          + " error=\"$context.error.message\"";

  private static final Pattern VARIABLE =
      Pattern.compile("\\$context\\.([A-Za-z][A-Za-z0-9.]*[A-Za-z0-9])");
  private static final DateTimeFormatter CLF_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Map<String, Function<RequestContext, Object>> VARIABLES = variables();

  private final List<Object> segments;
  private final boolean json;

  private AccessLogFormat(List<Object> segments, boolean json) {
    this.segments = segments;
    this.json = json;
  }

  /** Parses a format; throws IllegalArgumentException naming an unknown variable. */
  @SuppressWarnings("unchecked")
  public static AccessLogFormat parse(String format) {
    String text = format == null || format.isBlank() ? DEFAULT : format;
    List<Object> segments = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(text);
    int last = 0;
    while (matcher.find()) {
      String name = matcher.group(1);
      Function<RequestContext, Object> value = VARIABLES.get(name);
      if (value == null) {
        throw new IllegalArgumentException(
            "access log format: unknown variable $context."
                + name
                + (name.equals("identity.apiKey")
                    ? " (API keys are never logged; use $context.identity.apiKeyId)"
                    : "; known: " + VARIABLES.keySet()));
      }
      segments.add(text.substring(last, matcher.start()));
      segments.add(value);
      last = matcher.end();
    }
    segments.add(text.substring(last));
    return new AccessLogFormat(List.copyOf(segments), text.stripLeading().startsWith("{"));
  }

  @SuppressWarnings("unchecked")
  public String render(RequestContext context) {
    StringBuilder line = new StringBuilder(160);
    for (Object segment : segments) {
      if (segment instanceof String literal) {
        line.append(literal);
        continue;
      }
      Object value = ((Function<RequestContext, Object>) segment).apply(context);
      String text = value == null ? "-" : value.toString();
      line.append(json ? jsonEscaped(text) : text);
    }
    return line.toString();
  }

  private static String jsonEscaped(String value) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(value));
  }

  /** Amazon's spelling: HTTP/1.1, HTTP/2.0. */
  private static String protocol(io.vertx.core.http.HttpVersion version) {
    if (version == null) {
      return null;
    }
    return switch (version) {
      case HTTP_1_0 -> "HTTP/1.0";
      case HTTP_1_1 -> "HTTP/1.1";
      case HTTP_2 -> "HTTP/2.0";
    };
  }

  private static Map<String, Function<RequestContext, Object>> variables() {
    Map<String, Function<RequestContext, Object>> v = new TreeMap<>();
    v.put("requestId", RequestContext::requestId);
    v.put("extendedRequestId", RequestContext::requestId);
    v.put("apiId", RequestContext::apiId);
    v.put("stage", RequestContext::stage);
    v.put("httpMethod", c -> c.request().method().name());
    v.put("path", c -> c.stage() == null ? c.request().path() : "/" + c.stage() + c.stagePath());
    v.put("resourcePath", c -> c.method() == null ? null : c.method().definition().resourcePath());
    v.put("protocol", c -> protocol(c.request().version()));
    v.put(
        "domainName", c -> c.request().authority() == null ? null : c.request().authority().host());
    v.put("status", c -> c.request().response().getStatusCode());
    v.put("responseLatency", RequestContext::elapsedMillis);
    v.put("responseLength", c -> c.request().response().bytesWritten());
    v.put("requestTime", c -> CLF_TIME.format(c.receivedAt()));
    v.put("requestTimeEpoch", c -> c.receivedAt().toEpochMilli());
    v.put(
        "identity.sourceIp",
        c ->
            c.request().remoteAddress() == null ? null : c.request().remoteAddress().hostAddress());
    v.put("identity.userAgent", c -> c.request().getHeader("User-Agent"));
    v.put("identity.apiKeyId", c -> c.apiKey() == null ? null : c.apiKey().keyId());
    v.put("error.message", RequestContext::failureNote);
    return Map.copyOf(v);
  }
}
