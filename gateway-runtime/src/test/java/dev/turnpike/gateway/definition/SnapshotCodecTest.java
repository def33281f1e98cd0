package dev.turnpike.gateway.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.gateway.support.Fixtures;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

  private final SnapshotCodec codec = new SnapshotCodec();

  @Test
  void round_trips_a_snapshot() {
    Fixtures fixtures = new Fixtures("http://127.0.0.1:9");
    fixtures.keyA("k1");
    fixtures.key("k2", "tenant-a", true, java.time.Instant.parse("2031-01-01T00:00:00Z"), "plan-a");
    GatewaySnapshot snapshot = fixtures.snapshot(7, "pong");

    GatewaySnapshot read = codec.read(codec.write(snapshot));

    assertThat(read).isEqualTo(snapshot);
  }

  @Test
  void rate_limit_headers_switch_is_optional_and_defaults_to_false() {
    Fixtures fixtures = new Fixtures("http://127.0.0.1:9");
    GatewaySnapshot snapshot = fixtures.snapshot(7, "pong");
    Deployment on = snapshot.deployments().get(0).withRateLimitHeaders(true);
    GatewaySnapshot withSwitch =
        new GatewaySnapshot(
            7,
            java.util.List.of(on),
            snapshot.plans(),
            snapshot.keys(),
            snapshot.tenantThrottles());

    String json = codec.write(withSwitch);
    assertThat(json).contains("\"rateLimitHeaders\":true");
    assertThat(codec.read(json).deployments().get(0).rateLimitHeaders()).isTrue();

    String old = json.replace(",\"rateLimitHeaders\":true", "");
    assertThat(old).doesNotContain("rateLimitHeaders");
    assertThat(codec.read(old).deployments().get(0).rateLimitHeaders()).isFalse();
  }

  @Test
  void ignores_unknown_properties() {
    GatewaySnapshot read =
        codec.read("{\"version\":3,\"futureField\":{\"a\":1},\"deployments\":[]}");
    assertThat(read.version()).isEqualTo(3);
    assertThat(read.deployments()).isEmpty();
  }

  @Test
  void says_where_a_broken_snapshot_breaks() {
    assertThatThrownBy(() -> codec.read("{\"version\":1,\"deployments\":[{\"tenantId\":\"t\"}]}"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("/deployments/0")
        .hasMessageContaining("apiId");
    assertThatThrownBy(() -> codec.read("{\"version\":"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> codec.read(" ")).hasMessageContaining("empty");
  }
}
