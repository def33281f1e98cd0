package dev.turnpike.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The cluster shape in docker-compose.yml. No Docker engine runs here, so this reads the file the
 * way Compose does (SnakeYAML resolves the {@code <<: *gateway} merge keys).
 */
class DockerComposeFileTest {
  private static final Path COMPOSE = Path.of("..", "docker-compose.yml");

  private final Map<String, Map<String, Object>> services = services();

  @Test
  void names_the_services_of_the_cluster_shape() {
    assertThat(services.keySet())
        .containsExactlyInAnyOrder(
            "postgres", "redis", "keycloak", "portal", "gateway-1", "gateway-2");
    services.forEach((name, service) -> assertThat(service).as(name).containsKey("image"));
  }

  @Test
  void keycloak_imports_the_same_realm_as_the_one_machine_setup() {
    assertThat((List<?>) services.get("keycloak").get("volumes"))
        .anySatisfy(v -> assertThat(v.toString()).startsWith("./keycloak/turnpike-realm.json:"));
    assertThat(Files.exists(Path.of("..", "keycloak", "turnpike-realm.json"))).isTrue();
  }

  @Test
  void gateway_nodes_share_redis_and_pull_snapshots_from_the_portal() {
    for (String node : List.of("gateway-1", "gateway-2")) {
      assertThat(services.get(node).get("command").toString())
          .as(node)
          .contains("--redis redis://redis:6379")
          .contains("--portal http://portal:8080");
    }
    Map<?, ?> portal = (Map<?, ?>) services.get("portal").get("environment");
    assertThat(portal.get("TURNPIKE_GATEWAY_BUNDLED")).isEqualTo("false");
  }

  @Test
  void secrets_come_from_the_environment_not_the_file() {
    assertThat(text())
        .doesNotContainPattern("(?im)(password|secret|token):\\s+[A-Za-z0-9]{6,}\\s*$")
        .contains("${TURNPIKE_DB_PASSWORD:?");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() {
    Map<String, Object> compose = new Yaml().load(text());
    return (Map<String, Map<String, Object>>) compose.get("services");
  }

  private static String text() {
    try {
      return Files.readString(COMPOSE);
    } catch (IOException e) {
      throw new AssertionError("docker-compose.yml is missing at the project root", e);
    }
  }
}
