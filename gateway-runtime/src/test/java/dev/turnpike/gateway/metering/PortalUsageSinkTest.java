package dev.turnpike.gateway.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.gateway.support.FakePortal;
import dev.turnpike.usageplans.metering.UsageRecord;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standalone node's sink against a fake portal over real HTTP. */
class PortalUsageSinkTest {

  private static final UsageRecord RECORD =
      new UsageRecord("k-1", "petstore", "prod", LocalDate.of(2030, 1, 15), 42, "flush-1");

  @Test
  void posts_the_records_as_json_with_the_sync_token() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      PortalUsageSink sink =
          new PortalUsageSink(
              PortalUsageSink.usageUri(portal.url() + "/", "/internal/v1/gateway-snapshot"),
              FakePortal.TOKEN);

      sink.accept(List.of(RECORD)).toCompletableFuture().join();

      FakePortal.UsagePost post = portal.usagePosts.get(0);
      assertThat(post.method()).isEqualTo("POST");
      assertThat(post.path()).isEqualTo("/internal/v1/usage");
      assertThat(post.authorization()).isEqualTo("Bearer " + FakePortal.TOKEN);
      assertThat(post.contentType()).isEqualTo("application/json");
      JsonObject record = new JsonArray(post.body()).getJsonObject(0);
      assertThat(record.getMap())
          .containsExactlyInAnyOrderEntriesOf(
              new JsonObject()
                  .put("keyId", "k-1")
                  .put("apiId", "petstore")
                  .put("stage", "prod")
                  .put("day", "2030-01-15")
                  .put("count", 42)
                  .put("flushId", "flush-1")
                  .getMap());
    }
  }

  @Test
  void anything_but_204_is_a_failure() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      PortalUsageSink sink =
          new PortalUsageSink(URI.create(portal.url() + "/internal/v1/usage"), FakePortal.TOKEN);
      for (int status : new int[] {200, 401, 500}) {
        portal.usageStatus = status;
        assertThatThrownBy(() -> sink.accept(List.of(RECORD)).toCompletableFuture().join())
            .hasMessageContaining("HTTP " + status);
      }
    }
  }

  @Test
  void the_usage_url_follows_the_portal_base_url() {
    assertThat(
            PortalUsageSink.usageUri("http://portal:8080/ctx//", "/internal/v1/gateway-snapshot"))
        .hasToString("http://portal:8080/ctx/internal/v1/usage");
    assertThat(
            PortalUsageSink.usageUri(
                "http://portal:8080/internal/v1/gateway-snapshot", "/internal/v1/gateway-snapshot"))
        .hasToString("http://portal:8080/internal/v1/usage");
  }
}
