package dev.turnpike.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotChannelOptionTest {

  private static final String[] API = {"--api", "a.yaml"};

  @Test
  void defaults_to_the_portals_channel() {
    assertThat(NodeOptions.parse(API, Map.of()).snapshotChannel()).isEqualTo("turnpike:snapshots");
  }

  @Test
  void comes_from_the_environment_and_the_flag_beats_it() {
    Map<String, String> env = Map.of("TURNPIKE_SNAPSHOT_CHANNEL", "prod:snapshots");
    assertThat(NodeOptions.parse(API, env).snapshotChannel()).isEqualTo("prod:snapshots");
    String[] flagged = {"--api", "a.yaml", "--snapshot-channel", "eu:snapshots"};
    assertThat(NodeOptions.parse(flagged, env).snapshotChannel()).isEqualTo("eu:snapshots");
  }

  @Test
  void a_blank_channel_is_refused_with_the_fix() {
    String[] blank = {"--api", "a.yaml", "--snapshot-channel", " "};
    assertThatThrownBy(() -> NodeOptions.parse(blank, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--snapshot-channel (TURNPIKE_SNAPSHOT_CHANNEL) must not be blank")
        .hasMessageContaining("turnpike:snapshots");
  }

  @Test
  void is_in_the_usage_text() {
    assertThat(NodeOptions.usage())
        .contains(
            "--snapshot-channel C", "TURNPIKE_SNAPSHOT_CHANNEL", "[default turnpike:snapshots]");
  }
}
