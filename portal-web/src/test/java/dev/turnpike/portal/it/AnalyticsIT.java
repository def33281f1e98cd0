package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Traffic through the real bundled gateway shows up in the tenant's analytics: requests, 4xx and
 * latency percentiles per key and method, as JSON and as CSV — and to nobody else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIT {
  private ManagementApi alice;
  private ManagementApi carol;
  private PetsBackend backend;
  private Slice slice;

  @BeforeAll
  void start() {
    TestEnvironment env = TestEnvironment.get();
    alice = new ManagementApi(env, "alice");
    carol = new ManagementApi(env, "carol");
    backend = new PetsBackend();
    slice = Slice.create(alice, backend, "analytics-" + Long.toString(System.nanoTime(), 36));
    for (int i = 0; i < 7; i++) {
      assertThat(Http.get(slice.invokeUrl() + "/pets", "x-api-key", slice.apiKey()).statusCode())
          .isEqualTo(200);
    }
    for (int i = 0; i < 3; i++) {
      assertThat(Http.get(slice.invokeUrl() + "/pets").statusCode()).isEqualTo(403);
    }
  }

  @AfterAll
  void stop() {
    backend.close();
  }

  private String analytics(String query) {
    return "/tenants/" + slice.tenantId() + "/analytics" + query;
  }

  @Test
  void requests_errors_and_latency_per_key_reach_the_report() {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              HttpResponse<String> response = alice.get(analytics("?groupBy=KEY"));
              assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
              JsonNode rows = Http.json(response).get("rows");
              JsonNode withKey = row(rows, "tpk_");
              JsonNode withoutKey = row(rows, "(no key)");
              assertThat(withKey.get("requests").asLong()).isEqualTo(7);
              assertThat(withKey.get("clientErrors").asLong()).isZero();
              assertThat(withKey.get("p50Ms").asDouble()).isPositive();
              assertThat(withKey.get("p99Ms").asDouble())
                  .isGreaterThanOrEqualTo(withKey.get("p50Ms").asDouble());
              assertThat(withoutKey.get("requests").asLong()).isEqualTo(3);
              assertThat(withoutKey.get("clientErrors").asLong()).isEqualTo(3);
            });
  }

  @Test
  void grouped_by_method_by_day_and_as_csv() {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              HttpResponse<String> daily = alice.get(analytics("?groupBy=METHOD&granularity=DAY"));
              JsonNode rows = Http.json(daily).get("rows");
              assertThat(rows).hasSize(1);
              assertThat(rows.get(0).get("group").asText()).endsWith("/prod GET /pets");
              assertThat(rows.get(0).get("requests").asLong()).isEqualTo(10);
              assertThat(rows.get(0).get("period").asText()).endsWith("T00:00:00Z");
            });

    HttpResponse<String> csv = alice.get(analytics("?groupBy=KEY&format=csv"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("period,group,requests,4xx,5xx,p50_ms,p95_ms,p99_ms");
    assertThat(lines).anySatisfy(line -> assertThat(line).contains(",(no key),3,3,0,"));
  }

  @Test
  void bad_parameters_are_named_and_other_tenants_see_nothing() {
    HttpResponse<String> bad = alice.get(analytics("?granularity=WEEKLY"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("granularity").contains("HOUR, DAY").contains("WEEKLY");

    HttpResponse<String> range =
        alice.get(analytics("?granularity=HOUR&from=2026-01-01&to=2026-03-01"));
    assertThat(range.statusCode()).isEqualTo(400);
    assertThat(range.body()).contains("from").contains("14 days");

    assertThat(carol.get(analytics("")).statusCode()).isEqualTo(404);
    assertThat(carol.get(analytics("?format=csv")).statusCode()).isEqualTo(404);
  }

  private static JsonNode row(JsonNode rows, String groupStart) {
    for (JsonNode row : rows) {
      if (row.get("group").asText().startsWith(groupStart)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + groupStart + " in " + rows);
  }
}
