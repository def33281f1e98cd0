package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The {@code turnpike} CLI as a person runs it — a separate JVM from the runnable gateway jar —
 * against the real portal and Keycloak: sign in, create a tenant, import, deploy, make a plan and a
 * key, call the gateway with that key and read the usage back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliIT {
  record Run(int code, String out, String err) {}

  private TestEnvironment env;
  private PetsBackend backend;
  private Path home;
  private final String slug = "cli-" + Long.toString(System.nanoTime(), 36);
  private String apiId;
  private String planId;
  private String apiKey;
  private String invokeUrl;

  @BeforeAll
  void start() throws IOException {
    env = TestEnvironment.get();
    backend = new PetsBackend();
    home = Files.createTempDirectory("turnpike-cli");
  }

  @AfterAll
  void stop() {
    backend.close();
  }

  private Run turnpike(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("turnpike.it.gateway.jar"));
    command.add("dev.turnpike.gateway.cli.TurnpikeCli");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("TURNPIKE_CONFIG", home.resolve("session.json").toString());
    builder.environment().put("TURNPIKE_PASSWORD", Keycloak.DEMO_PASSWORD);
    try {
      Path out = Files.createTempFile(home, "out", ".txt");
      Path err = Files.createTempFile(home, "err", ".txt");
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("turnpike finished").isTrue();
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String group(String regex, String text) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("'" + regex + "' in:\n" + text).isTrue();
    return matcher.group(1);
  }

  @Test
  @Order(1)
  void signs_in_through_keycloak_with_a_password() {
    Run login =
        turnpike(
            "login",
            "--portal",
            env.portal.url(),
            "--issuer",
            env.keycloak.realmUrl(),
            "--user",
            "alice");

    assertThat(login.code()).as(login.err()).isZero();
    assertThat(login.out()).contains("Signed in to " + env.portal.url());
  }

  @Test
  @Order(2)
  void a_wrong_password_is_refused_with_keycloaks_reason() {
    Run login =
        turnpike(
            "login",
            "--portal",
            env.portal.url(),
            "--issuer",
            env.keycloak.realmUrl(),
            "--user",
            "nobody-" + slug);

    assertThat(login.code()).isEqualTo(1);
    assertThat(login.err()).contains("Keycloak refused the sign-in: Invalid user credentials");
  }

  @Test
  @Order(3)
  void creates_a_tenant_imports_and_deploys() throws IOException {
    // The failed login above must not have replaced alice's session.
    Run tenant = turnpike("tenants", "create", "--name", "CLI Corp", "--slug", slug);
    assertThat(tenant.code()).as(tenant.err()).isZero();
    assertThat(tenant.out()).contains(slug).contains("OWNER");

    Path document = Files.writeString(home.resolve("pets.yaml"), backend.openApiDocument(slug));
    Run imported = turnpike("import", "--tenant", slug, document.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    apiId = group("as API (\\S+) with", imported.out());

    Run deployed =
        turnpike(
            "deploy",
            "--tenant",
            slug,
            "--api",
            apiId,
            "--stage",
            "prod",
            "--description",
            "from the CLI");
    assertThat(deployed.code()).as(deployed.err()).isZero();
    invokeUrl = group("to stage prod: (\\S+)", deployed.out());
    assertThat(invokeUrl).startsWith(env.portal.gatewayUrl());
  }

  @Test
  @Order(4)
  void a_broken_document_is_refused_before_upload_with_pointers() throws IOException {
    Path broken =
        Files.writeString(
            home.resolve("broken.yaml"),
            "openapi: 3.0.1\ninfo: {title: B, version: '1'}\npaths:\n  /x:\n    get:\n"
                + "      x-amazon-apigateway-integration: {type: carrier-pigeon}\n");

    Run imported = turnpike("import", "--tenant", slug, broken.toString());

    assertThat(imported.code()).isEqualTo(1);
    assertThat(imported.err())
        .contains("/paths/~1x/get/x-amazon-apigateway-integration/type")
        .contains("nothing was imported");
    Run apis = turnpike("apis", "--tenant", slug, "--json");
    assertThat(apis.out()).contains(apiId).doesNotContain("\"name\" : \"B\"");
  }

  @Test
  @Order(5)
  void makes_a_plan_and_a_key_that_the_gateway_accepts() {
    Run plan =
        turnpike(
            "plans",
            "create",
            "--tenant",
            slug,
            "--name",
            "Gold",
            "--rate",
            "20",
            "--burst",
            "20",
            "--quota",
            "500",
            "--period",
            "DAY",
            "--stage",
            apiId + ":prod",
            "--json");
    assertThat(plan.code()).as(plan.err()).isZero();
    planId = group("\"id\" : \"([^\"]+)\"", plan.out());

    Run key =
        turnpike(
            "keys",
            "create",
            "--tenant",
            slug,
            "--name",
            "ci",
            "--owner",
            "bob@demo.turnpike.dev",
            "--plan",
            planId);
    assertThat(key.code()).as(key.err()).isZero();
    apiKey = group("Key \\(shown once, store it now\\): (\\S+)", key.out());

    assertThat(Http.get(invokeUrl + "/pets", "x-api-key", apiKey).statusCode()).isEqualTo(200);
    assertThat(Http.get(invokeUrl + "/pets").statusCode()).isEqualTo(403);
  }

  @Test
  @Order(6)
  void shows_the_usage_and_revokes_the_key() {
    String keyId = group("(\\S+)\\s+tpk_", turnpike("keys", "--tenant", slug).out());
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              Run usage = turnpike("keys", "usage", keyId, "--tenant", slug);
              assertThat(usage.code()).as(usage.err()).isZero();
              assertThat(usage.out()).containsPattern(apiId + "\\s+prod\\s+1\\b");
              assertThat(usage.out()).contains("Quota of plan 'Gold': 499 of 500 per DAY left");
            });

    Run revoked = turnpike("keys", "revoke", keyId, "--tenant", slug);
    assertThat(revoked.code()).as(revoked.err()).isZero();
    assertThat(revoked.out()).contains("revoked");
    assertThat(Http.get(invokeUrl + "/pets", "x-api-key", apiKey).statusCode()).isEqualTo(403);
  }

  @Test
  @Order(7)
  void another_persons_tenant_is_out_of_reach() {
    Run carol =
        turnpike(
            "login",
            "--portal",
            env.portal.url(),
            "--issuer",
            env.keycloak.realmUrl(),
            "--user",
            "carol");
    assertThat(carol.code()).as(carol.err()).isZero();

    Run plans = turnpike("plans", "--tenant", slug);
    assertThat(plans.code()).isEqualTo(1);
    assertThat(plans.err()).contains("no tenant '" + slug + "' among yours");
  }
}
