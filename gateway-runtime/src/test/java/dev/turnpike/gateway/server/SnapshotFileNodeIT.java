package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.config.NodeOptions;
import dev.turnpike.gateway.definition.SnapshotCodec;
import dev.turnpike.gateway.support.Fixtures;
import dev.turnpike.gateway.support.Http;
import dev.turnpike.gateway.support.TestBackend;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node started from the command line with {@code --snapshot file.json --key-secret-file F}: it
 * checks API keys against the file's hashed keys and applies its usage plans, with no portal.
 */
class SnapshotFileNodeIT {

  @TempDir Path dir;

  @Test
  void a_snapshot_file_node_refuses_requests_without_the_key_and_proxies_those_with_it()
      throws Exception {
    try (TestBackend backend = new TestBackend()) {
      Fixtures fixtures = new Fixtures(backend.url());
      String key = fixtures.keyA("bench");
      Path snapshot =
          Files.writeString(
              dir.resolve("snapshot.json"), new SnapshotCodec().write(fixtures.snapshot(7, "hi")));
      Path secret = Files.write(dir.resolve("key-secret"), Fixtures.SECRET);
      String[] args = {
        "--snapshot",
        snapshot.toString(),
        "--key-secret-file",
        secret.toString(),
        "--port",
        "0",
        "--host",
        "127.0.0.1"
      };
      try (StandaloneNode node = StandaloneNode.start(NodeOptions.parse(args, Map.of()))) {
        String pets = "http://127.0.0.1:" + node.server().port() + "/petstore/prod/pets";

        HttpResponse<String> noKey = Http.get(pets);
        HttpResponse<String> wrongKey = Http.get(pets, "x-api-key", key + "x");
        HttpResponse<String> withKey = Http.get(pets, "x-api-key", key);

        assertThat(noKey.statusCode()).isEqualTo(403);
        assertThat(noKey.body()).isEqualTo("{\"message\":\"Forbidden\"}");
        assertThat(wrongKey.statusCode()).isEqualTo(403);
        assertThat(withKey.statusCode()).isEqualTo(200);
        assertThat(withKey.body()).isEqualTo(TestBackend.PETS);
        assertThat(node.server().snapshotVersion()).isEqualTo(7);
        assertThat(node.description())
            .contains("/petstore/prod", "/bapi/prod")
            .startsWith("Serving at http://localhost:");
      }
    }
  }
}
