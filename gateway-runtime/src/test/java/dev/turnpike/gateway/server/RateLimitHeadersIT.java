package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.TestClock;
import dev.turnpike.usageplans.key.ApiKeyRecord;
import dev.turnpike.usageplans.plan.ApiStageRef;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import dev.turnpike.usageplans.plan.UsagePlan;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IETF rate-limit headers over real HTTP: {@code RateLimit-Policy} / {@code RateLimit} on keyed
 * methods of stages that switch them on, {@code Retry-After} on every 429.
 */
class RateLimitHeadersIT {

  /** Noon UTC (TestClock) plus a little: the day's quota resets in just under 43 200 s. */
  static final Instant MIDNIGHT = Instant.parse("2030-01-16T00:00:00Z");

  static GatewayServer gateway;
  static TestClock clock = new TestClock();
  static String root;
  static final List<ApiKeyRecord> keys = new ArrayList<>();

  @BeforeAll
  static void start() {
    java.util.logging.Logger.getLogger("dev.turnpike.gateway")
        .setLevel(java.util.logging.Level.SEVERE);
    gateway =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .clock(clock)
                .build());
    gateway.apply(snapshot());
    root = "http://127.0.0.1:" + gateway.port();
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  @Test
  void allowed_requests_carry_policy_and_remaining_quota() {
    HttpResponse<String> first = Http.get(root + "/on/prod/items", "x-api-key", key("k-allow"));
    HttpResponse<String> second = Http.get(root + "/on/prod/items", "x-api-key", key("k-allow"));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(header(first, "RateLimit-Policy"))
        .isEqualTo("\"burst\";q=2;w=4, \"quota\";q=5;w=86400");
    assertQuotaItem(header(first, "RateLimit"), 4);
    assertThat(first.headers().firstValue("Retry-After")).isEmpty();
    assertThat(second.statusCode()).isEqualTo(200);
    assertQuotaItem(header(second, "RateLimit"), 3);
  }

  @Test
  void throttled_request_gets_429_with_retry_after_and_empty_burst() {
    String key = key("k-burst");
    Http.get(root + "/on/prod/items", "x-api-key", key);
    Http.get(root + "/on/prod/items", "x-api-key", key);
    HttpResponse<String> refused = Http.get(root + "/on/prod/items", "x-api-key", key);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.body()).isEqualTo("{\"message\":\"Too Many Requests\"}");
    // rate 0.5/s: the next token is 2 s away
    assertThat(header(refused, "Retry-After")).isEqualTo("2");
    assertThat(header(refused, "RateLimit")).isEqualTo("\"burst\";r=0;t=2");
    assertThat(header(refused, "RateLimit-Policy"))
        .isEqualTo("\"burst\";q=2;w=4, \"quota\";q=5;w=86400");
  }

  @Test
  void spent_quota_gets_429_with_retry_after_until_the_period_ends() {
    String key = key("k-quota");
    HttpResponse<String> last = Http.get(root + "/on/prod/once", "x-api-key", key);
    HttpResponse<String> refused = Http.get(root + "/on/prod/once", "x-api-key", key);

    assertThat(last.statusCode()).isEqualTo(200);
    assertThat(header(last, "RateLimit-Policy")).isEqualTo("\"quota\";q=1;w=86400");
    assertQuotaItem(header(last, "RateLimit"), 0);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.body()).isEqualTo("{\"message\":\"Limit Exceeded\"}");
    long retryAfter = Long.parseLong(header(refused, "Retry-After"));
    assertThat(retryAfter).isBetween(secondsToMidnight() - 5, secondsToMidnight() + 1);
    assertThat(quotaReset(header(refused, "RateLimit"), 0)).isEqualTo(retryAfter);
  }

  @Test
  void stage_with_the_switch_off_sends_only_retry_after() {
    String key = key("k-off");
    HttpResponse<String> ok = Http.get(root + "/off/prod/items", "x-api-key", key);
    Http.get(root + "/off/prod/items", "x-api-key", key);
    HttpResponse<String> refused = Http.get(root + "/off/prod/items", "x-api-key", key);

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.headers().firstValue("RateLimit-Policy")).isEmpty();
    assertThat(ok.headers().firstValue("RateLimit")).isEmpty();
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(header(refused, "Retry-After")).isEqualTo("2");
    assertThat(refused.headers().firstValue("RateLimit-Policy")).isEmpty();
    assertThat(refused.headers().firstValue("RateLimit")).isEmpty();
  }

  @Test
  void methods_without_a_key_get_retry_after_on_429_but_no_policy() {
    HttpResponse<String> ok = Http.get(root + "/on/prod/open");
    HttpResponse<String> refused = Http.get(root + "/on/prod/open");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.headers().firstValue("RateLimit-Policy")).isEmpty();
    assertThat(refused.statusCode()).isEqualTo(429);
    // stage method limit: rate 0.25/s, so the next token is 4 s away
    assertThat(header(refused, "Retry-After")).isEqualTo("4");
    assertThat(refused.headers().firstValue("RateLimit-Policy")).isEmpty();
  }

  private static void assertQuotaItem(String rateLimit, long remaining) {
    long reset = quotaReset(rateLimit, remaining);
    assertThat(reset).isBetween(secondsToMidnight() - 5, secondsToMidnight() + 1);
  }

  /** The {@code t} of the quota item, checking its {@code r}. */
  private static long quotaReset(String rateLimit, long remaining) {
    Matcher m = Pattern.compile("^\"quota\";r=(\\d+);t=(\\d+)$").matcher(rateLimit);
    assertThat(m.matches()).as("RateLimit: " + rateLimit).isTrue();
    assertThat(Long.parseLong(m.group(1))).isEqualTo(remaining);
    return Long.parseLong(m.group(2));
  }

  private static long secondsToMidnight() {
    return Duration.between(clock.instant(), MIDNIGHT).toSeconds();
  }

  private static String header(HttpResponse<String> response, String name) {
    return response
        .headers()
        .firstValue(name)
        .orElseThrow(() -> new AssertionError("no " + name + " in " + response.headers()));
  }

  private static String key(String keyId) {
    return "tpk_" + keyId + "-secret-value";
  }

  private static ApiKeyRecord record(String keyId, String plan) {
    return new ApiKeyRecord(
        keyId,
        "tenant-r",
        "owner",
        "tpk_" + keyId,
        Fixtures.HASHER.hash(key(keyId)),
        true,
        null,
        Set.of(plan));
  }

  private static GatewaySnapshot snapshot() {
    Integration ok = Integration.mock("{\"ok\":true}");
    List<MethodDefinition> methods =
        List.of(
            new MethodDefinition("GET", "/items", true, "items", ok),
            new MethodDefinition("GET", "/once", true, "once", ok),
            new MethodDefinition("GET", "/open", false, "open", ok));
    Deployment on =
        new Deployment(
                "tenant-r",
                "on",
                "prod",
                "d-on",
                new ApiDefinition("On", "1", methods, "HEADER", Map.of()),
                Map.of(),
                null,
                Map.of("GET /open", new ThrottleLimit(0.25, 1)))
            .withRateLimitHeaders(true);
    Deployment off =
        new Deployment(
            "tenant-r",
            "off",
            "prod",
            "d-off",
            new ApiDefinition("Off", "1", methods, "HEADER", Map.of()),
            Map.of(),
            null,
            Map.of());
    UsagePlan throttled =
        new UsagePlan(
            "plan-t",
            "tenant-r",
            "Throttled",
            new ThrottleLimit(0.5, 2),
            new QuotaLimit(5, QuotaPeriod.DAY, 0),
            List.of(new ApiStageRef("on", "prod", null), new ApiStageRef("off", "prod", null)));
    UsagePlan once =
        new UsagePlan(
            "plan-once",
            "tenant-r",
            "Once",
            null,
            new QuotaLimit(1, QuotaPeriod.DAY, 0),
            List.of(new ApiStageRef("on", "prod", null)));
    keys.clear();
    keys.add(record("k-allow", "plan-t"));
    keys.add(record("k-burst", "plan-t"));
    keys.add(record("k-off", "plan-t"));
    keys.add(record("k-quota", "plan-once"));
    return new GatewaySnapshot(
        1, List.of(on, off), List.of(throttled, once), List.copyOf(keys), Map.of());
  }
}
